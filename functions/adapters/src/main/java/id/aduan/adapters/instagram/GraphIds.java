package id.aduan.adapters.instagram;

import java.util.regex.Pattern;

/** Instagram ids go into URL paths and field expansions, so only plain ids are let through. */
final class GraphIds {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_]{1,64}");

    private GraphIds() {
    }

    static String require(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("not an Instagram id: " + id);
        }
        return id;
    }
}

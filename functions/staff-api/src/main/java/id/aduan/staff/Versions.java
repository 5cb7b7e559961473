package id.aduan.staff;

import id.aduan.adapters.http.HttpRequest;

/**
 * The version a change is based on: {@code If-Match: "3"} (the ETag of the complaint read), or a
 * {@code version} field in the body. A change without one is refused with 428.
 */
final class Versions {

    private Versions() {
    }

    static long expected(HttpRequest request, JsonBody body) {
        var header = request.header("if-match").map(Versions::fromEntityTag);
        var field = body.version();
        if (header.isPresent() && field.isPresent() && header.get() != field.getAsLong()) {
            throw BadRequest.invalid("version", "error.version.disagree");
        }
        return header.orElseGet(() -> {
            if (field.isEmpty()) {
                throw new VersionRequired();
            }
            return field.getAsLong();
        });
    }

    /** The ETag of a complaint or configuration section at a version. */
    static String entityTag(long version) {
        return "\"" + version + "\"";
    }

    private static long fromEntityTag(String value) {
        var tag = value.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw BadRequest.invalid("If-Match", "error.ifMatch.invalid");
        }
    }
}

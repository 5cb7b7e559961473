package id.aduan.core.reply;

import java.util.Arrays;
import java.util.Optional;

/** A value a reply template can quote, written {@code {name}} in the template text. */
public enum Placeholder {
    /** The complaint's tracking code, for example ADU-7K3Q9. */
    TRACKING_CODE("kode"),
    /** The name of the unit (OPD) handling the complaint. */
    UNIT("unit"),
    /** Where the citizen should go instead, when the matter is not the city's authority. */
    REFERRAL("rujukan"),
    /** The tracking code of the complaint a duplicate was merged into. */
    ORIGINAL_CODE("kode_asal");

    private final String name;

    Placeholder(String name) {
        this.name = name;
    }

    public String token() {
        return "{" + name + "}";
    }

    static Optional<Placeholder> named(String name) {
        return Arrays.stream(values()).filter(placeholder -> placeholder.name.equals(name)).findFirst();
    }
}

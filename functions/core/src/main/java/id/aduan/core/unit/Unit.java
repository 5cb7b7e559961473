package id.aduan.core.unit;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A unit of the city government that handles complaints: an OPD (Organisasi Perangkat Daerah, a
 * regional agency such as Dinas Perhubungan) or an office such as a kecamatan. The code is stable and
 * stored on complaints; the name is configuration an admin can change.
 */
public record Unit(String code, String name, String handles) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    public Unit {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("unit code must be upper case letters, digits and _: " + code);
        }
        handles = handles == null ? "" : handles;
    }

    public static boolean isWellFormedCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }
}

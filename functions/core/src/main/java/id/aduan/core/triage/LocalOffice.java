package id.aduan.core.triage;

import java.util.Locale;
import java.util.Objects;

/**
 * The kelurahan, desa or kecamatan office a message names, from the West Java gazetteer.
 *
 * @param code the Kemendagri code ("32.73.02.1003"); its parts name the kecamatan and kabupaten/kota
 * @param kind KECAMATAN, KELURAHAN or DESA
 * @param name the office's place as the gazetteer spells it ("Sukajadi")
 */
public record LocalOffice(String code, Kind kind, String name) {

    public enum Kind {
        KECAMATAN("Kec."), KELURAHAN("Kel."), DESA("Desa");

        private final String abbreviation;

        Kind(String abbreviation) {
            this.abbreviation = abbreviation;
        }

        static Kind of(String gazetteerKind) {
            return valueOf(gazetteerKind.toUpperCase(Locale.ROOT));
        }
    }

    public LocalOffice {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }

    /** "Kel. Sukajadi", as staff write it. */
    public String label() {
        return kind.abbreviation + " " + name;
    }

    /** "KELURAHAN:32.73.02.1003:Sukajadi": the form {@link #parse} reads back, for storing with a complaint. */
    @Override
    public String toString() {
        return kind.name() + ":" + code + ":" + name;
    }

    public static LocalOffice parse(String text) {
        String[] parts = text.split(":", 3);
        if (parts.length != 3) {
            throw new IllegalArgumentException("expected KIND:code:name, got " + text);
        }
        return new LocalOffice(parts[1], Kind.valueOf(parts[0]), parts[2]);
    }
}

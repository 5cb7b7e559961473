package id.aduan.core.triage;

import java.util.Locale;

/** A place named in a message, in a canonical lower-case spelling ("cibiru hilir", "sdn 2", "rt 3 rw 5"). */
public record Place(Kind kind, String name) {

    public enum Kind {
        STREET, ALLEY, ESTATE, AREA, LANDMARK,
        /** An RT/RW: the same numbers exist in every kelurahan, so alone it identifies nothing. */
        NEIGHBOURHOOD;

        public boolean identifies() {
            return this != NEIGHBOURHOOD;
        }
    }

    /** The same place, also when one name is the other cut short ("kujang" and "kujang sukajadi"). */
    public boolean sameAs(Place other) {
        return kind == other.kind && (name.equals(other.name)
                || name.startsWith(other.name + " ") || other.name.startsWith(name + " "));
    }

    /** "street:cibiru hilir": the form {@link #parse} reads back, for storing places with a complaint. */
    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT) + ":" + name;
    }

    public static Place parse(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw new IllegalArgumentException("expected kind:name, got " + text);
        }
        return new Place(Kind.valueOf(text.substring(0, colon).toUpperCase(Locale.ROOT)), text.substring(colon + 1));
    }
}

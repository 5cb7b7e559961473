package id.aduan.core.triage;

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

    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + name;
    }
}

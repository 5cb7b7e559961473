package id.aduan.core.complaint;

/** Crockford's base-32 alphabet: no I, L, O or U, so codes read aloud and typed by hand survive. */
final class Base32 {
    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private Base32() {
    }
}

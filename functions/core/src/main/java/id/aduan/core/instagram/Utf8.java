package id.aduan.core.instagram;

/** Counts UTF-8 bytes without encoding, so that shortening a text does not copy it again and again. */
final class Utf8 {

    private Utf8() {
    }

    static int length(CharSequence text) {
        return length(text, 0, text.length());
    }

    static int length(CharSequence text, int from, int to) {
        int bytes = 0;
        for (int i = from; i < to; ) {
            int codePoint = Character.codePointAt(text, i);
            bytes += codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
            i += Character.charCount(codePoint);
        }
        return bytes;
    }
}

package id.aduan.core.triage;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;

/**
 * A MinHash signature of a message's text: 64 numbers whose agreement between two messages estimates
 * the Jaccard similarity of their sets of 4-character shingles. Compact enough to store with every
 * open complaint (344 characters encoded), and unaffected by case, punctuation and spacing, so that
 * a message copied and pasted by a second reporter is recognised.
 */
public final class TextSignature {

    static final int SIZE = 64;
    private static final int SHINGLE = 4;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private final int[] minimums;

    private TextSignature(int[] minimums) {
        this.minimums = minimums;
    }

    public static TextSignature of(String text) {
        String folded = fold(text == null ? "" : text);
        int[] minimums = new int[SIZE];
        Arrays.fill(minimums, Integer.MAX_VALUE);
        if (folded.isEmpty()) {
            return new TextSignature(minimums);
        }
        String padded = folded.length() < SHINGLE ? folded + " ".repeat(SHINGLE - folded.length()) : folded;
        for (int i = 0; i + SHINGLE <= padded.length(); i++) {
            long shingle = mix(padded.substring(i, i + SHINGLE).hashCode());
            for (int h = 0; h < SIZE; h++) {
                int value = (int) (mix(shingle + GOLDEN * (h + 1)) >>> 33);
                if (value < minimums[h]) {
                    minimums[h] = value;
                }
            }
        }
        return new TextSignature(minimums);
    }

    /** The estimated Jaccard similarity of the two texts' shingles, 0..1. */
    public double similarity(TextSignature other) {
        int same = 0;
        for (int h = 0; h < SIZE; h++) {
            if (minimums[h] == other.minimums[h] && minimums[h] != Integer.MAX_VALUE) {
                same++;
            }
        }
        return (double) same / SIZE;
    }

    /** The signature as Base64 text, for storage beside the complaint. */
    public String encoded() {
        ByteBuffer bytes = ByteBuffer.allocate(SIZE * Integer.BYTES);
        for (int minimum : minimums) {
            bytes.putInt(minimum);
        }
        return Base64.getEncoder().encodeToString(bytes.array());
    }

    public static TextSignature decode(String encoded) {
        ByteBuffer bytes = ByteBuffer.wrap(Base64.getDecoder().decode(encoded));
        if (bytes.remaining() != SIZE * Integer.BYTES) {
            throw new IllegalArgumentException("a text signature has " + SIZE * Integer.BYTES + " bytes");
        }
        int[] minimums = new int[SIZE];
        for (int h = 0; h < SIZE; h++) {
            minimums[h] = bytes.getInt();
        }
        return new TextSignature(minimums);
    }

    private static String fold(String text) {
        String lower = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return lower.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** A 64-bit finaliser (splitmix64): spreads nearby inputs over the whole range. */
    private static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TextSignature that && Arrays.equals(minimums, that.minimums);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(minimums);
    }

    @Override
    public String toString() {
        return "TextSignature[" + encoded() + "]";
    }
}

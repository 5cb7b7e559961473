package id.aduan.core.triage;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits table cells without regular expressions: the tables hold thousands of phrases, and loading
 * them is part of a Lambda cold start.
 */
final class Words {

    private Words() {}

    /** The non-blank pieces of {@code text} between {@code separator}s, stripped. */
    static List<String> split(String text, char separator) {
        var pieces = new ArrayList<String>();
        int from = 0;
        while (from <= text.length()) {
            int to = text.indexOf(separator, from);
            if (to < 0) {
                to = text.length();
            }
            String piece = text.substring(from, to).strip();
            if (!piece.isEmpty()) {
                pieces.add(piece);
            }
            from = to + 1;
        }
        return pieces;
    }
}

package id.aduan.core.triage;

/**
 * How citizens write the characters of a number: any Unicode decimal digit (ASCII, full-width,
 * Arabic-Indic), a letter typed for a digit inside a number ({@code 08l2}: l or I for 1, O or o for 0,
 * S for 5, B for 8), and the separators between digit groups (spaces of every width, every dash and
 * minus, dots and middle dots, slashes, brackets, the underscore).
 */
final class DigitReading {

    private DigitReading() {}

    /**
     * The digit the character at {@code i} stands for, or -1. A look-alike letter counts only next to a
     * real digit and not inside a word: "08l2" and "2O26" are numbers, "Ilham" and "SOS 1" are not.
     */
    static int digitAt(CharSequence text, int i) {
        char c = text.charAt(i);
        if (Character.isDigit(c)) {
            return Character.digit(c, 10);
        }
        int swapped = lookAlike(c);
        if (swapped < 0) {
            return -1;
        }
        boolean realDigitBeside = i > 0 && Character.isDigit(text.charAt(i - 1))
                || i + 1 < text.length() && Character.isDigit(text.charAt(i + 1));
        boolean letterBeside = i > 0 && Character.isLetter(text.charAt(i - 1))
                || i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
        return realDigitBeside && !letterBeside ? swapped : -1;
    }

    static boolean isDigitAt(CharSequence text, int i) {
        return digitAt(text, i) >= 0;
    }

    private static int lookAlike(char c) {
        return switch (c) {
            case 'l', 'I' -> 1;
            case 'O', 'o' -> 0;
            case 'S' -> 5;
            case 'B' -> 8;
            default -> -1;
        };
    }

    static boolean isSeparator(char c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.DASH_PUNCTUATION, Character.CONNECTOR_PUNCTUATION -> true;
            default -> switch (c) {
                case '.', '·', '•', '‧', '∙', '．', '。', '/', '\\', '／', '(', ')', '−', '‐', '‑' -> true;
                default -> false;
            };
        };
    }

    static boolean isPlus(char c) {
        return c == '+' || c == '＋';
    }
}

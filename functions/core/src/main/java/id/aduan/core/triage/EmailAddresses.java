package id.aduan.core.triage;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds e-mail addresses as citizens write them to dodge filters or by habit: {@code budi@example.com},
 * {@code budi @ example.com}, {@code budi(at)example(dot)com}, {@code budi [at] example . com},
 * {@code budi at example dot com}. A mention of an account ("tolong @dishub.kota") is not one: a plain
 * at sign either touches the name before it or has spaces on both sides.
 */
final class EmailAddresses {

    private static final String LOCAL = "(?<![\\w.%+-])[\\w.%+-]{1,64}";
    /** Lengths and counts are bounded as the standard bounds them, so no text makes the expression slow or deep. */
    private static final String LABEL = "[\\p{L}\\p{N}-]{1,63}";
    private static final String WORD_DOT = "(?:\\s*[(\\[{]dot[)\\]}]\\s*|\\s+dot\\s+)";
    private static final String TLD = "\\p{L}{2,24}\\b";
    /** An at sign (or a bracketed "at"), then a domain whose dots may be spaced or written as "dot". */
    private static final String AT_SIGN = "(?:[@＠]|\\s+[@＠]\\s+|\\s*[(\\[{]at[)\\]}]\\s*)";
    private static final String SPACED_DOMAIN = LABEL + "(?:(?:\\s*[.．]\\s*|" + WORD_DOT + ")" + LABEL + "){0,6}?"
            + "(?:\\s*[.．]\\s*|" + WORD_DOT + ")" + TLD;
    /** The word "at": only with a domain written tightly or with "dot", so "saya at rumah. Kami" is no address. */
    private static final String AT_WORD = "\\s+at\\s+";
    private static final String TIGHT_DOMAIN = LABEL + "(?:(?:[.．]|" + WORD_DOT + ")" + LABEL + "){0,6}?"
            + "(?:[.．]|" + WORD_DOT + ")" + TLD;
    private static final Pattern ADDRESS = Pattern.compile(
            LOCAL + "(?:" + AT_SIGN + SPACED_DOMAIN + "|" + AT_WORD + TIGHT_DOMAIN + ")",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern LOCAL_PART = Pattern.compile("[\\w.%+-]+", Pattern.UNICODE_CHARACTER_CLASS);

    private EmailAddresses() {}

    static void find(String text, List<PersonalDataSpan> spans) {
        if (!mayHoldAnAddress(text)) {
            return;
        }
        Matcher address = ADDRESS.matcher(text);
        while (address.find()) {
            spans.add(new PersonalDataSpan(PersonalDataKind.EMAIL, address.start(), address.end()));
        }
    }

    /** An at sign, or "at" standing as a word: a quick look that spares most messages the expression. */
    private static boolean mayHoldAnAddress(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '@' || c == '＠') {
                return true;
            }
            if ((c == 'a' || c == 'A') && i + 1 < text.length() && (text.charAt(i + 1) == 't' || text.charAt(i + 1) == 'T')
                    && (i == 0 || !Character.isLetter(text.charAt(i - 1)))
                    && (i + 2 == text.length() || !Character.isLetter(text.charAt(i + 2)))) {
                return true;
            }
        }
        return false;
    }

    /** Where the name before the at sign ends, in an address starting at {@code start}. */
    static int localPartEnd(CharSequence text, int start) {
        Matcher local = LOCAL_PART.matcher(text).region(start, text.length());
        return local.lookingAt() ? local.end() : start;
    }
}

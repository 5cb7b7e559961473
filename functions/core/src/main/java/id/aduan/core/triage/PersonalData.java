package id.aduan.core.triage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and masks the personal data citizens put in messages: phone numbers in their many spellings,
 * 16-digit NIK/KK numbers, e-mail addresses.
 *
 * <p>Masking keeps the text's length and every character that is not a digit or an e-mail letter, so
 * offsets stay valid and a reader still sees what was there and can match it with the reporter:
 * {@code 0812-3456-7890} becomes {@code 0812-****-**90} (the first four digits, operator and region,
 * and the last two), {@code 3273 0101 0101 0001} becomes {@code 32** **** **** **01} (the province
 * code and the last two), {@code budi.santoso@example.com} becomes {@code b***********@example.com}.
 */
public final class PersonalData {

    /** How many separators (space, dot, dash, brackets) may stand between the digit groups of one number. */
    private static final int MOST_SEPARATORS = 2;
    private static final Pattern EMAIL = Pattern.compile("(?<![\\w.+-])[\\w.%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final char MASK = '*';
    private static final int PHONE_KEEP_HEAD = 4;
    private static final int NIK_KEEP_HEAD = 2;
    private static final int KEEP_TAIL = 2;
    /** A phone or NIK is written in at most this many digit groups; longer runs are searched in windows. */
    private static final int MOST_GROUPS = 8;

    private PersonalData() {}

    public static List<PersonalDataSpan> find(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        var spans = new ArrayList<PersonalDataSpan>();
        Matcher email = EMAIL.matcher(text);
        while (email.find()) {
            spans.add(new PersonalDataSpan(PersonalDataKind.EMAIL, email.start(), email.end()));
        }
        for (int at = 0; at < text.length(); ) {
            int end = runOfDigits(text, at);
            if (end > at && !insideAny(spans, at)) {
                numbers(text, at, end, spans);
            }
            at = Math.max(end, at + 1);
        }
        spans.sort(Comparator.comparingInt(PersonalDataSpan::start));
        return List.copyOf(spans);
    }

    public static String mask(String text) {
        List<PersonalDataSpan> spans = find(text);
        if (spans.isEmpty()) {
            return text;
        }
        var out = new StringBuilder(text);
        for (PersonalDataSpan span : spans) {
            switch (span.kind()) {
                case PHONE -> maskDigits(out, span, PHONE_KEEP_HEAD);
                case NIK_KK -> maskDigits(out, span, NIK_KEEP_HEAD);
                case EMAIL -> maskEmail(out, span);
            }
        }
        return out.toString();
    }

    /**
     * Where a run of digit groups starting at {@code at} ends (digits with at most two separators
     * between them), or {@code at} when no run starts there: a run starts at a digit that does not
     * continue a word ("abc123") or an e-mail address. Scanned by hand: a regular expression recurses
     * per repetition and overflows the stack on a long run.
     */
    private static int runOfDigits(String text, int at) {
        if (!Character.isDigit(text.charAt(at)) || at > 0 && continuesWord(text.charAt(at - 1))) {
            return at;
        }
        int end = at;
        int i = at;
        while (i < text.length()) {
            if (Character.isDigit(text.charAt(i))) {
                end = ++i;
                continue;
            }
            int separators = 0;
            while (i < text.length() && separators <= MOST_SEPARATORS && isSeparator(text.charAt(i))) {
                i++;
                separators++;
            }
            if (separators == 0 || separators > MOST_SEPARATORS || i >= text.length() || !Character.isDigit(text.charAt(i))) {
                break;
            }
        }
        return end;
    }

    private static boolean continuesWord(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '@';
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '.' || c == '-' || c == '(' || c == ')';
    }

    /**
     * Finds the personal numbers in a run of digit groups. A run can hold more than one number, or a
     * house or RT number before a phone ("RT 03 0812 3456 7890"): the longest series of groups that is
     * a personal number wins, and the groups on either side of it are searched again.
     */
    private static void numbers(String text, int start, int end, List<PersonalDataSpan> spans) {
        var groups = new ArrayList<int[]>();
        for (int i = start; i < end; i++) {
            if (Character.isDigit(text.charAt(i))) {
                int from = i;
                while (i < end && Character.isDigit(text.charAt(i))) {
                    i++;
                }
                groups.add(new int[] {from, i});
            }
        }
        numbers(text, groups, 0, groups.size() - 1, spans);
    }

    private static void numbers(String text, List<int[]> groups, int low, int high, List<PersonalDataSpan> spans) {
        int bestFirst = -1;
        int bestLast = -1;
        int bestLength = 0;
        for (int first = low; first <= high; first++) {
            for (int last = first; last <= Math.min(high, first + MOST_GROUPS - 1); last++) {
                String digits = digits(text, groups.get(first)[0], groups.get(last)[1]);
                if (digits.length() > bestLength && kindOf(digits) != null) {
                    bestFirst = first;
                    bestLast = last;
                    bestLength = digits.length();
                }
            }
        }
        if (bestFirst < 0) {
            return;
        }
        int from = groups.get(bestFirst)[0];
        int to = groups.get(bestLast)[1];
        boolean plus = from > 0 && text.charAt(from - 1) == '+';
        spans.add(new PersonalDataSpan(kindOf(digits(text, from, to)), plus ? from - 1 : from, to));
        numbers(text, groups, low, bestFirst - 1, spans);
        numbers(text, groups, bestLast + 1, high, spans);
    }

    private static String digits(String text, int from, int to) {
        var digits = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            if (Character.isDigit(text.charAt(i))) {
                digits.append(text.charAt(i));
            }
        }
        return digits.toString();
    }

    /** What a run of digits is, or null when it is nothing personal (a date, a price, an RT number). */
    static PersonalDataKind kindOf(String digits) {
        int n = digits.length();
        if (n < 9) {
            return null;
        }
        if (n == 16 && isProvinceCode(digits) && hasDate(digits)) {
            return PersonalDataKind.NIK_KK;
        }
        if (digits.startsWith("08") && n >= 10 && n <= 13
                || digits.startsWith("628") && n >= 11 && n <= 14
                || digits.startsWith("8") && n >= 9 && n <= 12 && digits.charAt(1) != '0') {
            return PersonalDataKind.PHONE;
        }
        boolean landline = digits.startsWith("0") && digits.charAt(1) >= '2' && digits.charAt(1) <= '7' && n >= 9 && n <= 11
                || digits.startsWith("62") && digits.charAt(2) >= '2' && digits.charAt(2) <= '7' && n >= 10 && n <= 12;
        return landline ? PersonalDataKind.PHONE : null;
    }

    /** NIK and KK numbers start with a province code: 11 (Aceh) to 96 (Papua Barat Daya). */
    private static boolean isProvinceCode(String digits) {
        int province = Integer.parseInt(digits.substring(0, 2));
        return province >= 11 && province <= 96;
    }

    /**
     * Digits 7 to 12 of a NIK are the birth date (DDMMYY, with 40 added to the day for women); of a
     * KK number, the date it was issued. An order or account number rarely has a date there.
     */
    private static boolean hasDate(String digits) {
        int day = Integer.parseInt(digits.substring(6, 8));
        int month = Integer.parseInt(digits.substring(8, 10));
        boolean validDay = day >= 1 && day <= 31 || day >= 41 && day <= 71;
        return validDay && month >= 1 && month <= 12;
    }

    private static boolean insideAny(List<PersonalDataSpan> spans, int at) {
        return spans.stream().anyMatch(span -> at >= span.start() && at < span.end());
    }

    private static void maskDigits(StringBuilder out, PersonalDataSpan span, int keepHead) {
        int digits = 0;
        for (int i = span.start(); i < span.end(); i++) {
            if (Character.isDigit(out.charAt(i))) {
                digits++;
            }
        }
        int seen = 0;
        for (int i = span.start(); i < span.end(); i++) {
            if (Character.isDigit(out.charAt(i))) {
                seen++;
                if (seen > keepHead && seen <= digits - KEEP_TAIL) {
                    out.setCharAt(i, MASK);
                }
            }
        }
    }

    private static void maskEmail(StringBuilder out, PersonalDataSpan span) {
        int at = out.indexOf("@", span.start());
        int keep = at - span.start() >= 3 ? 1 : 0;
        for (int i = span.start() + keep; i < at; i++) {
            out.setCharAt(i, MASK);
        }
    }
}

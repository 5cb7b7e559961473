package id.aduan.core.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds phone numbers, NIK/KK numbers and labelled identity numbers (NPWP, BPJS) in a text, however
 * they are spelled (see {@link DigitReading}): glued to their label ("NIK3273…", "hp0812…"), in groups
 * with any separators, digit by digit, with full-width or Arabic-Indic digits or look-alike letters.
 *
 * <p>Scanned by hand, in time linear in the text: a regular expression recurses per repetition and
 * overflows the stack on a long run of digits.
 */
final class PersonalNumbers {

    /** How many separators may stand between two digit groups of one number ("0812 - 3456"). */
    private static final int MOST_SEPARATORS = 3;
    /** A number is written in at most this many groups (a NIK digit by digit is 16). */
    private static final int MOST_GROUPS = 20;
    /** Words that name an identity number: what follows them is one, whatever its digits. */
    private static final List<String> LABELS = List.of("nik", "kk", "ktp", "npwp", "bpjs");
    private static final int LABEL_GAP = 3;
    private static final int SHORTEST_LABELLED = 8;
    private static final int LONGEST_LABELLED = 16;

    private PersonalNumbers() {}

    /** Adds the numbers found outside the spans already in {@code spans}. */
    static void find(String text, List<PersonalDataSpan> spans) {
        var taken = List.copyOf(spans);
        for (int at = 0; at < text.length(); ) {
            int end = runOfDigits(text, at);
            if (end - at >= SHORTEST_LABELLED && !insideAny(taken, at)) {
                numbers(text, groups(text, at, end), labelled(text, at), spans);
            }
            at = Math.max(end, at + 1);
        }
    }

    /** Where a run of digit groups starting at {@code at} ends, or {@code at} when no run starts there. */
    private static int runOfDigits(String text, int at) {
        if (!DigitReading.isDigitAt(text, at) || at > 0 && DigitReading.isDigitAt(text, at - 1)) {
            return at;
        }
        int end = at;
        int i = at;
        while (i < text.length()) {
            if (DigitReading.isDigitAt(text, i)) {
                end = ++i;
                continue;
            }
            int separators = 0;
            while (i < text.length() && separators <= MOST_SEPARATORS && DigitReading.isSeparator(text.charAt(i))) {
                i++;
                separators++;
            }
            if (separators == 0 || separators > MOST_SEPARATORS || i >= text.length()
                    || !DigitReading.isDigitAt(text, i)) {
                break;
            }
        }
        return end;
    }

    /** The digit groups of a run: their bounds and their digits. */
    private record Group(int from, int to, String digits) {}

    private static List<Group> groups(String text, int start, int end) {
        var groups = new ArrayList<Group>();
        for (int i = start; i < end; i++) {
            if (DigitReading.isDigitAt(text, i)) {
                int from = i;
                var digits = new StringBuilder();
                while (i < end && DigitReading.isDigitAt(text, i)) {
                    digits.append((char) ('0' + DigitReading.digitAt(text, i)));
                    i++;
                }
                groups.add(new Group(from, i, digits.toString()));
            }
        }
        return groups;
    }

    /** Whether a label ("NIK", "No. KK:", "npwp") stands right before {@code at}, glued or not. */
    private static boolean labelled(String text, int at) {
        int i = at;
        while (i > 0 && at - i < LABEL_GAP && (DigitReading.isSeparator(text.charAt(i - 1)) || text.charAt(i - 1) == ':'
                || text.charAt(i - 1) == '=' || text.charAt(i - 1) == '#')) {
            i--;
        }
        int wordEnd = i;
        while (i > 0 && wordEnd - i < 4 && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        String word = text.substring(i, wordEnd).toLowerCase(Locale.ROOT);
        return LABELS.stream().anyMatch(word::endsWith);
    }

    private static void numbers(String text, List<Group> groups, boolean labelled, List<PersonalDataSpan> spans) {
        numbers(text, groups, 0, groups.size() - 1, labelled, spans);
    }

    /**
     * A run can hold more than one number, or a house or RT number before a phone ("RT 03 0812 3456
     * 7890"): the longest series of groups that is a personal number wins, and the groups on either
     * side of it are searched again. When series of that length overlap ("no 12 3 2 7 3 …" read from
     * the 1 or from the 3), which digits are the number cannot be told, so all of them are taken.
     */
    private static void numbers(String text, List<Group> groups, int low, int high, boolean labelled,
                                List<PersonalDataSpan> spans) {
        int bestFirst = -1;
        int bestLast = -1;
        int bestLength = 0;
        PersonalDataKind bestKind = null;
        var digits = new StringBuilder();
        for (int first = low; first <= high; first++) {
            digits.setLength(0);
            for (int last = first; last <= Math.min(high, first + MOST_GROUPS - 1); last++) {
                digits.append(groups.get(last).digits());
                if (digits.length() < bestLength) {
                    continue;
                }
                var kind = kindOf(digits, labelled && first == 0);
                if (kind == null) {
                    continue;
                }
                if (digits.length() > bestLength) {
                    bestFirst = first;
                    bestLength = digits.length();
                    bestKind = kind;
                    bestLast = last;
                } else if (first <= bestLast) {
                    bestLast = Math.max(bestLast, last);
                }
            }
        }
        if (bestFirst < 0) {
            return;
        }
        int from = groups.get(bestFirst).from();
        boolean plus = from > 0 && DigitReading.isPlus(text.charAt(from - 1));
        spans.add(new PersonalDataSpan(bestKind, plus ? from - 1 : from, groups.get(bestLast).to()));
        numbers(text, groups, low, bestFirst - 1, labelled, spans);
        numbers(text, groups, bestLast + 1, high, false, spans);
    }

    /** What a run of digits is, or null when it is nothing personal (a date, a price, an RT number). */
    private static PersonalDataKind kindOf(CharSequence digits, boolean labelled) {
        int n = digits.length();
        if (n < 9) {
            return labelled && n >= SHORTEST_LABELLED ? PersonalDataKind.ID_NUMBER : null;
        }
        if (n == 16 && (labelled || isProvinceCode(digits) && hasDate(digits))) {
            return PersonalDataKind.NIK_KK;
        }
        if (isPhone(digits)) {
            return PersonalDataKind.PHONE;
        }
        return labelled && n <= LONGEST_LABELLED ? PersonalDataKind.ID_NUMBER : null;
    }

    private static boolean isPhone(CharSequence digits) {
        int n = digits.length();
        char first = digits.charAt(0);
        char second = digits.charAt(1);
        if (first == '0' && second == '8' && n >= 10 && n <= 13
                || first == '6' && second == '2' && digits.charAt(2) == '8' && n >= 11 && n <= 14
                || first == '8' && second != '0' && n >= 9 && n <= 12) {
            return true;
        }
        return first == '0' && second >= '2' && second <= '7' && n >= 9 && n <= 11
                || first == '6' && second == '2' && digits.charAt(2) >= '2' && digits.charAt(2) <= '7' && n >= 10 && n <= 12;
    }

    /** NIK and KK numbers start with a province code: 11 (Aceh) to 96 (Papua Barat Daya). */
    private static boolean isProvinceCode(CharSequence digits) {
        int province = number(digits, 0, 2);
        return province >= 11 && province <= 96;
    }

    /**
     * Digits 7 to 12 of a NIK are the birth date (DDMMYY, with 40 added to the day for women); of a
     * KK number, the date it was issued. An order or account number rarely has a date there.
     */
    private static boolean hasDate(CharSequence digits) {
        int day = number(digits, 6, 8);
        int month = number(digits, 8, 10);
        boolean validDay = day >= 1 && day <= 31 || day >= 41 && day <= 71;
        return validDay && month >= 1 && month <= 12;
    }

    private static int number(CharSequence digits, int from, int to) {
        return Integer.parseInt(digits, from, to, 10);
    }

    private static boolean insideAny(List<PersonalDataSpan> spans, int at) {
        return spans.stream().anyMatch(span -> at >= span.start() && at < span.end());
    }
}

package id.aduan.core.triage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds and masks the personal data citizens put in messages: phone numbers, 16-digit NIK/KK numbers
 * and labelled identity numbers (NPWP, BPJS) in their many spellings ({@link PersonalNumbers}), and
 * e-mail addresses ({@link EmailAddresses}).
 *
 * <p>Masking keeps the text's length and every character that is not part of a number's digits or an
 * address's name, so offsets stay valid and a reader still sees that something was there. A number
 * keeps its last two digits only, so a mask never gives away enough to find the rest:
 * {@code 0812-3456-7890} becomes {@code ****-****-**90}, {@code 3273 0101 0101 0001} becomes
 * {@code **** **** **** **01}; an address keeps the first letter of its name and its domain:
 * {@code budi.santoso@example.com} becomes {@code b***********@example.com}.
 */
public final class PersonalData {

    private static final char MASK = '*';
    private static final int KEEP_TAIL = 2;

    private PersonalData() {}

    public static List<PersonalDataSpan> find(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        var spans = new ArrayList<PersonalDataSpan>();
        EmailAddresses.find(text, spans);
        PersonalNumbers.find(text, spans);
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
                case PHONE, NIK_KK, ID_NUMBER -> maskDigits(text, out, span);
                case EMAIL -> maskEmail(out, span);
            }
        }
        return out.toString();
    }

    /** Masks every digit of the number but the last two; which characters are digits is read before any is masked. */
    private static void maskDigits(String text, StringBuilder out, PersonalDataSpan span) {
        var digits = new ArrayList<Integer>();
        for (int i = span.start(); i < span.end(); i++) {
            if (DigitReading.isDigitAt(text, i)) {
                digits.add(i);
            }
        }
        for (int d = 0; d < digits.size() - KEEP_TAIL; d++) {
            out.setCharAt(digits.get(d), MASK);
        }
    }

    private static void maskEmail(StringBuilder out, PersonalDataSpan span) {
        int end = EmailAddresses.localPartEnd(out, span.start());
        int keep = end - span.start() >= 3 ? 1 : 0;
        for (int i = span.start() + keep; i < end; i++) {
            out.setCharAt(i, MASK);
        }
    }
}

package id.aduan.core.triage;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Known phone and NIK numbers spelled as citizens spell them (labels glued or spaced, any separator,
 * digit by digit, full-width and Arabic-Indic digits, letters for digits, +62/62/0 prefixes) never
 * survive masking beyond their last two digits; ordinary numbers (house numbers, RT/RW, prices, dates,
 * road kilometres, years, plates) are never taken for personal data.
 */
class PersonalDataSpellingPropertiesTest {

    private static final List<String> SEPARATORS = List.of(" ", "-", "–", "—", "−", "‐", ".", "·", "/", " - ",
            "  ", "\u00A0", "\u202F", ". ", "_", "(", ")");

    /** A number as written: its text and, for each of its digits in order, where that digit stands. */
    record Spelling(String text, List<Integer> digitPositions) {}

    /**
     * 500 tries suffice: each try spells 11 to 16 digits, every digit in a form and every group behind a
     * separator of its own, so every form meets every separator many times over; the eight ways of writing
     * (plus, digit by digit, letters for digits) times the two kinds of number leave about 30 tries each.
     */
    @Property(tries = 500)
    void noSpellingOfAKnownNumberSurvivesMasking(@ForAll("spellings") Spelling number, @ForAll("labels") String label,
                                                 @ForAll("words") String before, @ForAll("words") String after) {
        String head = (before.isEmpty() ? "" : before + " ") + label;
        String text = head + number.text() + (after.isEmpty() ? "" : " " + after);

        String masked = PersonalData.mask(text);

        assertThat(masked).hasSameSizeAs(text);
        List<Integer> positions = number.digitPositions();
        for (int d = 0; d < positions.size() - 2; d++) {
            assertThat(masked.charAt(head.length() + positions.get(d)))
                    .as("digit %d of %s in %s", d, text, masked).isEqualTo('*');
        }
        assertThat(PersonalData.find(masked)).as(masked).isEmpty();
    }

    @Property(tries = 1000)
    void ordinaryNumbersAreLeftAlone(@ForAll("ordinarySentences") String text) {
        assertThat(PersonalData.find(text)).as(text).isEmpty();
        assertThat(PersonalData.mask(text)).isEqualTo(text);
    }

    @Provide
    Arbitrary<Spelling> spellings() {
        return Arbitraries.oneOf(phoneDigits(), nikDigits()).flatMap(digits -> Combinators.combine(
                Arbitraries.integers().between(0, 3).list().ofSize(digits.length()),
                Arbitraries.integers().between(1, 4).list().ofSize(digits.length()),
                Arbitraries.of(SEPARATORS).list().ofSize(digits.length()),
                Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as((forms, groupSizes, separators, plus, digitByDigit, swaps) ->
                        spell(digits, forms, groupSizes, separators, plus, digitByDigit, swaps)));
    }

    private static Arbitrary<String> phoneDigits() {
        Arbitrary<String> prefix = Arbitraries.of("0", "62");
        Arbitrary<String> subscriber = Arbitraries.strings().withChars("123456789").ofLength(2)
                .flatMap(operator -> Arbitraries.strings().numeric().ofMinLength(7).ofMaxLength(9)
                        .map(rest -> "8" + operator + rest));
        return Combinators.combine(prefix, subscriber).as(String::concat);
    }

    /** NIK numbers as issued: a province code, a district, a birth date (day plus 40 for women), a serial. */
    static Arbitrary<String> nikDigits() {
        Arbitrary<Integer> province = Arbitraries.integers().between(11, 96);
        Arbitrary<String> district = Arbitraries.strings().numeric().ofLength(4);
        Arbitrary<Integer> day = Arbitraries.integers().between(1, 71).filter(d -> d <= 31 || d >= 41);
        Arbitrary<Integer> month = Arbitraries.integers().between(1, 12);
        Arbitrary<String> rest = Arbitraries.strings().numeric().ofLength(6);
        return Combinators.combine(province, district, day, month, rest)
                .as((p, d, dd, mm, r) -> p + d + String.format("%02d%02d", dd, mm) + r);
    }

    /**
     * Writes the digits in groups (or one by one) with the given separators; each digit ASCII, full-width,
     * Arabic-Indic or Extended Arabic-Indic; with {@code swaps}, a 0, 1, 5 or 8 between two other digits
     * of its group written as the letter people type for it.
     */
    private static Spelling spell(String digits, List<Integer> forms, List<Integer> groupSizes, List<String> separators,
                                  boolean plus, boolean digitByDigit, boolean swaps) {
        var text = new StringBuilder(plus && digits.startsWith("62") ? "+" : "");
        var positions = new ArrayList<Integer>();
        int inGroup = 0;
        int group = 0;
        for (int i = 0; i < digits.length(); i++) {
            int size = digitByDigit ? 1 : groupSizes.get(group);
            if (inGroup == size) {
                text.append(digitByDigit ? " " : separators.get(group));
                group++;
                inGroup = 0;
            }
            int digit = digits.charAt(i) - '0';
            boolean interior = inGroup > 0 && i + 1 < digits.length() && inGroup + 1 < (digitByDigit ? 1 : groupSizes.get(group))
                    && !isLetter(text.charAt(text.length() - 1));
            positions.add(text.length());
            if (swaps && interior && lookAlike(digit, i) != 0) {
                text.append(lookAlike(digit, i));
            } else {
                text.append(switch (forms.get(i)) {
                    case 1 -> (char) ('０' + digit);
                    case 2 -> (char) ('٠' + digit);
                    case 3 -> (char) ('۰' + digit);
                    default -> (char) ('0' + digit);
                });
            }
            inGroup++;
        }
        return new Spelling(text.toString(), positions);
    }

    private static boolean isLetter(char c) {
        return Character.isLetter(c);
    }

    private static char lookAlike(int digit, int index) {
        return switch (digit) {
            case 0 -> index % 2 == 0 ? 'O' : 'o';
            case 1 -> index % 2 == 0 ? 'l' : 'I';
            case 5 -> 'S';
            case 8 -> 'B';
            default -> 0;
        };
    }

    @Provide
    Arbitrary<String> labels() {
        Arbitrary<String> word = Arbitraries.of("", "NIK", "nik", "KK", "KTP", "No. KK", "hp", "HP", "WA", "wa", "No.HP",
                "telp", "Tlp", "nomor");
        Arbitrary<String> gap = Arbitraries.of("", " ", ": ", ":", ". ", " = ");
        return Combinators.combine(word, gap).as((w, g) -> w.isEmpty() ? "" : w + g);
    }

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.of("", "tolong", "jalan rusak", "min", "kemarin jam 7", "di Jl. Dago no 12", "ini", "ya kak");
    }

    @Provide
    Arbitrary<String> ordinarySentences() {
        Arbitrary<String> item = Arbitraries.oneOf(
                Arbitraries.integers().between(1, 250).map(n -> "No. " + n),
                Combinators.combine(Arbitraries.integers().between(1, 25), Arbitraries.integers().between(1, 25),
                        Arbitraries.of("/", " / ", " ")).as((rt, rw, s) -> String.format("RT %02d%sRW %02d", rt, s, rw)),
                Arbitraries.integers().between(1, 9_999).map(n -> "Rp " + String.format(java.util.Locale.GERMANY, "%,d", n * 1000)),
                Combinators.combine(Arbitraries.integers().between(1, 28), Arbitraries.integers().between(1, 12),
                        Arbitraries.integers().between(1990, 2030), Arbitraries.of("-", "/", "."))
                        .as((d, m, y, s) -> String.format("%02d%s%02d%s%d", d, s, m, s, y)),
                Arbitraries.integers().between(0, 350).map(n -> "km " + n),
                Arbitraries.integers().between(1945, 2030).map(Object::toString),
                Combinators.combine(Arbitraries.of("D", "B", "F", "Z"), Arbitraries.integers().between(1, 9999),
                        Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(3))
                        .as((area, n, letters) -> area + " " + n + " " + letters),
                Combinators.combine(Arbitraries.integers().between(0, 23), Arbitraries.integers().between(0, 59))
                        .as((h, m) -> String.format("jam %02d.%02d", h, m)));
        Arbitrary<String> filler = Arbitraries.of(" di ", " sejak ", " bayar ", ", ", " lalu ", " tanggal ", " dan ");
        return Combinators.combine(item.list().ofMinSize(1).ofMaxSize(5), filler.list().ofSize(5)).as((items, fillers) -> {
            var text = new StringBuilder("warga");
            for (int i = 0; i < items.size(); i++) {
                text.append(fillers.get(i)).append(items.get(i));
            }
            return text.toString();
        });
    }
}

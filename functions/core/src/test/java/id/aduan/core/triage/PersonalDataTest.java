package id.aduan.core.triage;

import id.aduan.core.testing.CpuTime;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "0812-3456-7890", "0812 3456 7890", "081234567890", "0812.3456.7890", "+62 812 3456 7890",
            "+6281234567890", "62-812-3456-7890", "6281234567890", "(022) 7654321", "022-7654321", "0857 0000 1111"})
    void findsPhoneNumbersInTheirManySpellings(String phone) {
        String text = "hubungi saya di " + phone + " ya min";
        int openingBracket = phone.startsWith("(") ? 1 : 0;

        assertThat(PersonalData.find(text)).containsExactly(
                new PersonalDataSpan(PersonalDataKind.PHONE, 16 + openingBracket, 16 + phone.length()));
    }

    @Test
    void findsThePhoneInsideAWhatsappLink() {
        String text = "order wa.me/6281200000000 sekarang";

        assertThat(PersonalData.find(text)).containsExactly(new PersonalDataSpan(PersonalDataKind.PHONE, 12, 25));
    }

    @ParameterizedTest
    @ValueSource(strings = {"3273010101010001", "3273 0101 0101 0001", "3273-0101-0101-0001"})
    void findsSixteenDigitNikAndKkNumbers(String nik) {
        assertThat(PersonalData.find("NIK saya " + nik))
                .containsExactly(new PersonalDataSpan(PersonalDataKind.NIK_KK, 9, 9 + nik.length()));
    }

    @Test
    void findsEmailAddresses() {
        assertThat(PersonalData.find("kirim ke budi.santoso@example.com ya"))
                .containsExactly(new PersonalDataSpan(PersonalDataKind.EMAIL, 9, 33));
    }

    @Test
    void aSixteenDigitNumberWithoutADateIsNotANik() {
        assertThat(PersonalData.find("nomor pesanan 3273019913990001")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "RT 03 RW 05", "jam 7 baru dilayani jam 12", "tanggal 12-08-2025", "harga Rp 1.500.000", "1000 followers cuma 10rb",
            "SMPN 12", "nomor antrian 154", "sudah 2 minggu", "@warga_cibiru", "No. 12 RT 03/RW 05", "Rp 25.000",
            "km 12", "tahun 2025 dan 2026", "plat D 1234 ABC", "plat B1234XYZ", "SOS 112", "Ilham 2O26"})
    void leavesOrdinaryNumbersAlone(String text) {
        assertThat(PersonalData.find(text)).isEmpty();
        assertThat(PersonalData.mask(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Nomor saya 0812-3456-7890 kalau perlu    | Nomor saya ****-****-**90 kalau perlu
            WA +62 812 3456 7890                     | WA +** *** **** **90
            NIK 3273 0101 0101 0001                  | NIK **** **** **** **01
            KK 3273010101010001                      | KK **************01
            surel budi.santoso@example.com           | surel b***********@example.com
            surel ab@example.com                     | surel **@example.com
            """)
    void masksRevealingAtMostTheLastTwoDigits(String text, String masked) {
        assertThat(PersonalData.mask(text)).isEqualTo(masked);
    }

    /** The spellings that got through before: label glued, spaced digits, em dash, full-width, a letter for a digit. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            NIK3273012501900003              | NIK**************03
            KK3273012501900008               | KK**************08
            KTP3273012501900009              | KTP**************09
            hp081234567890                   | hp**********90
            WA081234567890                   | WA**********90
            0 8 1 2 3 4 5 6 7 8 9 0          | * * * * * * * * * * 9 0
            0812—3456—7890                   | ****—****—**90
            ０８１２－３４５６－７８９０     | ****－****－**９０
            08l2-3456-7890                   | ****-****-**90
            NIK 3273 0125 0190 0003          | NIK **** **** **** **03
            nik:3273012501900003             | nik:**************03
            No.HP:0812-3456-7890             | No.HP:****-****-**90
            """)
    void masksTheSpellingsCitizensUse(String text, String masked) {
        assertThat(PersonalData.mask(text)).isEqualTo(masked);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "NPWP 09.254.294.3-407.000", "npwp:092542943407000", "No. BPJS 0001234567890", "BPJS0001234567890"})
    void labelledIdentityNumbersAreFoundWhateverTheirDigits(String text) {
        assertThat(PersonalData.find(text)).extracting(PersonalDataSpan::kind).containsExactly(PersonalDataKind.ID_NUMBER);
        assertThat(PersonalData.mask(text).chars().filter(Character::isDigit).count()).isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            kirim ke budi.santoso88 @ gmail.com ya       | kirim ke b*************
            kirim ke budi.santoso88(at)gmail(dot)com ya  | kirim ke b*************
            kirim ke budi.santoso88 [at] gmail . com ya  | kirim ke b*************
            kirim ke budi.santoso88 at gmail dot com ya  | kirim ke b*************
            kirim ke budi.santoso88＠gmail.com ya         | kirim ke b*************
            """)
    void findsEmailAddressesSpelledOut(String text, String maskedStart) {
        assertThat(PersonalData.find(text)).extracting(PersonalDataSpan::kind).containsExactly(PersonalDataKind.EMAIL);
        assertThat(PersonalData.mask(text)).startsWith(maskedStart).doesNotContain("santoso");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tolong @dishub.kota cek ya", "saya at rumah. Kami tunggu", "lihat di dinas.go.id"})
    void mentionsOfAccountsAndSentencesAreNoAddresses(String text) {
        assertThat(PersonalData.find(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3})
    void longTextsThatAlmostLookLikeAddressesOrNumbersAreSearchedQuicklyAndShallowly(int kind) {
        String text = switch (kind) {
            case 0 -> "budi(at)" + "a.".repeat(10_000);
            case 1 -> "a@" + "b".repeat(20_000);
            case 2 -> "x at ".repeat(5_000) + "y";
            default -> "kk 1 ".repeat(4_000);
        };

        var search = CpuTime.of(() -> PersonalData.find(text));

        assertThat(search.result()).isEmpty();
        assertThat(search.millis()).isLessThan(2_000);
    }

    @Test
    void aLongRunOfNumbersIsSearchedQuickly() {
        String numbers = "0 ".repeat(5_000) + "0812 3456 7890";

        var search = CpuTime.of(() -> PersonalData.find(numbers));

        assertThat(search.result()).extracting(PersonalDataSpan::kind).containsExactly(PersonalDataKind.PHONE);
        assertThat(search.millis()).isLessThan(2_000);
    }

    @Property
    void everyGeneratedPhoneIsFoundWhereverItStands(@ForAll("phones") String phone, @ForAll("words") String before,
                                                    @ForAll("words") String after) {
        String text = before + " " + phone + " " + after;

        List<PersonalDataSpan> found = PersonalData.find(text);

        assertThat(found).singleElement().satisfies(span -> {
            assertThat(span.kind()).isEqualTo(PersonalDataKind.PHONE);
            assertThat(text.substring(span.start(), span.end())).isEqualTo(phone);
        });
    }

    @Property
    void maskingKeepsTheLengthAndLeavesNothingToFind(@ForAll("phones") String phone, @ForAll("niks") String nik,
                                                     @ForAll("words") String words) {
        String text = words + " " + phone + ", NIK " + nik + " " + words;

        String masked = PersonalData.mask(text);

        assertThat(masked).hasSameSizeAs(text);
        assertThat(PersonalData.find(masked)).isEmpty();
        assertThat(masked.replaceAll("[\\d*]", "")).isEqualTo(text.replaceAll("\\d", ""));
    }

    @Provide
    Arbitrary<String> phones() {
        Arbitrary<String> prefix = Arbitraries.of("08", "+62 8", "+628", "62-8", "628");
        Arbitrary<String> operator = Arbitraries.strings().withChars("123579").ofLength(2);
        Arbitrary<String> rest = Arbitraries.strings().numeric().ofMinLength(7).ofMaxLength(8);
        Arbitrary<String> separator = Arbitraries.of("", " ", "-", ".");
        return Combinators.combine(prefix, operator, rest, separator).as((p, o, r, s) ->
                p + o + s + r.substring(0, 4) + s + r.substring(4));
    }

    @Provide
    Arbitrary<String> niks() {
        return PersonalDataSpellingPropertiesTest.nikDigits();
    }

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.of("tolong", "jalan rusak", "min", "RT 03", "kemarin jam 7", "di Jl. Dago no 12", "");
    }
}

package id.aduan.core.triage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NormalizerTest {

    private static final Triage TRIAGE = Triage.builtIn();

    private static String normalized(String text) {
        return TRIAGE.normalize(text).text();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            parahhhh bgt                          | parah sangat
            tolongggg min                         | tolong admin
            gelaaap                               | gelap
            maaf                                  | maaf
            jln nya udh rusak dr kmrn             | jalan sudah rusak dari kemarin
            gk ada yg ngangkut                    | tidak ada yang mengangkut
            ga bisa lewat, ngga ada lampu          | tidak bisa lewat tidak ada lampu
            tdk sdh blm                           | tidak sudah belum
            jalanna ruksak teu acan dibenerkeun   | jalan rusak tidak belum diperbaiki
            runtah numpuk, cai teu ngocor         | sampah menumpuk air tidak mengalir
            dalane rusak, banyu ora mili          | dalane rusak air tidak mili
            caah deui di dieu                     | banjir lagi di sini
            urug di tebing                        | longsor di tebing
            """)
    void writesInformalIndonesianAsStandardWords(String informal, String standard) {
        assertThat(normalized(informal)).isEqualTo(standard);
    }

    @Test
    void keepsEmojiAsSignalsAndDropsOtherSymbols() {
        assertThat(normalized("Mantap pak wali 😍👏👏 ★")).isEqualTo("mantap pak walikota emoji_suka emoji_tepuk");
    }

    @Test
    void foldsFancyUnicodeLettersThatSpamUses() {
        assertThat(normalized("𝐒𝐋𝐎𝐓 𝐆𝐀𝐂𝐎𝐑")).isEqualTo("slot gacor");
    }

    @Test
    void turnsLinksIntoOneTokenAndDropsHandlesAndEmails() {
        assertThat(normalized("cek wa.me/6281200000000 atau https://x.example/promo @pemkotbandung budi@example.com"))
                .isEqualTo("cek tautan atau tautan");
    }

    @Test
    void collapsesReduplicationAndKeepsNumbersWithoutLeadingZeros() {
        assertThat(normalized("anak-anak di RT 03/RW 05")).isEqualTo("anak di rt 3 rw 5");
    }

    @Test
    void marksQuestionsWithAToken() {
        assertThat(normalized("kapan diperbaiki??")).isEqualTo("kapan diperbaiki tanda_tanya");
    }

    @Test
    void blankAndMissingTextNormalizeToNothing() {
        assertThat(TRIAGE.normalize(null).isEmpty()).isTrue();
        assertThat(TRIAGE.normalize("  \n ").isEmpty()).isTrue();
    }
}

package id.aduan.core.triage;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DuplicatesTest {

    private static final Triage TRIAGE = Triage.builtIn();
    private static final Instant MONDAY = Instant.parse("2026-08-03T02:00:00Z");
    private static final String DRAIN = "Saluran air di Gg. Kujang Sukajadi mampet, tiap hujan banjir selutut. Mohon dikeruk";

    private final Duplicates duplicates = new Duplicates();

    private static DuplicateFeatures features(String text, String reporter, String thread, Instant at) {
        return DuplicateFeatures.of(text, TRIAGE.assess(text), reporter, thread, at);
    }

    private static OpenComplaint open(String code, String text, String reporter, String thread, Instant at) {
        return new OpenComplaint(code, features(text, reporter, thread, at));
    }

    @Test
    void aReplyInTheReportersOwnThreadBelongsToTheirComplaint() {
        var original = open("ADU-7K3Q9", "Jalan di Jl. Cibiru Hilir berlubang besar", "6123", "c101", MONDAY);
        var reply = features("Lokasinya persis di RT 03 RW 05 ya min", "6123", "c101", MONDAY.plusSeconds(420));

        assertThat(duplicates.suggest(reply, List.of(original)))
                .contains(new DuplicateSuggestion("ADU-7K3Q9", DuplicateReason.SAME_THREAD, "Pelapor dan percakapan yang sama"));
    }

    @Test
    void nearlyTheSameTextFromAnotherReporterIsSuggested() {
        var first = open("ADU-AAAA1", DRAIN, "6001", "c1", MONDAY);
        var forwarded = features("saluran air di gg kujang sukajadi mampet!! tiap hujan banjir selutut, mohon dikeruk 🙏",
                "6002", "c2", MONDAY.plus(Duration.ofDays(10)));

        Optional<DuplicateSuggestion> suggestion = duplicates.suggest(forwarded, List.of(first));

        assertThat(suggestion).get().satisfies(found -> {
            assertThat(found.trackingCode()).isEqualTo("ADU-AAAA1");
            assertThat(found.reason()).isEqualTo(DuplicateReason.SAME_TEXT);
            assertThat(found.explanation()).startsWith("Teks hampir sama");
        });
    }

    @Test
    void theSamePlaceAndTopicWithinThreeDaysIsSuggested() {
        var first = open("ADU-AAAA1", DRAIN, "6001", "c1", MONDAY);
        var neighbour = features("Gg. Kujang got nya mampet lagi, air meluap ke rumah kalau hujan", "6002", "c2",
                MONDAY.plus(Duration.ofDays(2)));

        assertThat(duplicates.suggest(neighbour, List.of(first))).get().satisfies(found -> {
            assertThat(found.reason()).isEqualTo(DuplicateReason.SAME_PLACE_AND_TOPIC);
            assertThat(found.explanation()).contains("kujang").contains("Saluran air mampet").contains("2 hari");
        });
    }

    @Test
    void theSamePlaceAfterTheWindowIsANewProblem() {
        var first = open("ADU-AAAA1", DRAIN, "6001", "c1", MONDAY);
        var later = features("Gg. Kujang got nya mampet lagi, air meluap ke rumah kalau hujan", "6002", "c2",
                MONDAY.plus(Duration.ofDays(5)));

        assertThat(duplicates.suggest(later, List.of(first))).isEmpty();
    }

    @Test
    void theSamePlaceWithAnotherTopicIsNotADuplicate() {
        var drain = open("ADU-AAAA1", DRAIN, "6001", "c1", MONDAY);
        var rubbish = features("Sampah di Gg. Kujang menumpuk belum diangkut", "6002", "c2", MONDAY.plusSeconds(3600));

        assertThat(duplicates.suggest(rubbish, List.of(drain))).isEmpty();
    }

    @Test
    void theSameRtNumberAloneIdentifiesNoPlace() {
        var first = open("ADU-AAAA1", "Sampah di RT 03 RW 05 menumpuk belum diangkut", "6001", "c1", MONDAY);
        var other = features("Tumpukan sampah RT 03 RW 05 sudah bau, tolong", "6002", "c2", MONDAY.plusSeconds(3600));

        assertThat(duplicates.suggest(other, List.of(first))).isEmpty();
    }

    @Test
    void theStrongestReasonWins() {
        var samePlace = open("ADU-PLACE", DRAIN, "6001", "c1", MONDAY);
        var ownThread = open("ADU-THRD1", "PJU di Jl. Soekarno-Hatta mati", "6002", "dm-6002", MONDAY.minusSeconds(60));
        var message = features("Gg. Kujang got nya mampet, air meluap", "6002", "dm-6002", MONDAY.plusSeconds(60));

        assertThat(duplicates.suggest(message, List.of(samePlace, ownThread)))
                .get().extracting(DuplicateSuggestion::trackingCode).isEqualTo("ADU-THRD1");
    }

    @Test
    void signaturesSurviveStorage() {
        TextSignature signature = TextSignature.of(DRAIN);

        assertThat(TextSignature.decode(signature.encoded())).isEqualTo(signature);
        assertThat(TextSignature.of(DRAIN).similarity(signature)).isEqualTo(1.0);
        assertThat(TextSignature.of("Jual followers murah cek bio").similarity(signature)).isLessThan(0.2);
    }
}

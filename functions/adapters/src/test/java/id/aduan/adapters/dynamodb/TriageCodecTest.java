package id.aduan.adapters.dynamodb;

import id.aduan.core.complaint.TriageState;
import id.aduan.core.kernel.Priority;
import id.aduan.core.triage.AuthenticitySignal;
import id.aduan.core.triage.Candidate;
import id.aduan.core.triage.LocalOffice;
import id.aduan.core.triage.TriageSuggestion;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TriageCodecTest {

    private static TriageSuggestion suggestion(Optional<LocalOffice> office, List<AuthenticitySignal> authenticity) {
        return new TriageSuggestion(true, Optional.empty(), "KEWILAYAHAN",
                List.of(new Candidate("KEWILAYAHAN", 0.7), new Candidate("KEPENDUDUKAN", 0.2)), "Layanan kelurahan",
                Priority.NORMAL, 0.66, List.of("kel. cipedes", "surat pengantar"), office, false, false,
                Optional.empty(), authenticity);
    }

    @Test
    void theLocalOfficeNamedIsStoredAndReadBack() {
        var state = new TriageState.Assessed(suggestion(
                Optional.of(new LocalOffice("32.73.07.1002", LocalOffice.Kind.KELURAHAN, "Cipedes")), List.of()));

        var fields = TriageCodec.encode(state);

        assertThat(fields).containsEntry("office", "KELURAHAN:32.73.07.1002:Cipedes");
        assertThat(TriageCodec.decode(fields)).isEqualTo(state);
    }

    @Test
    void aSuggestionNamingNoOfficeStoresNoOfficeField() {
        var state = new TriageState.Assessed(suggestion(Optional.empty(), List.of()));

        var fields = TriageCodec.encode(state);

        assertThat(fields).doesNotContainKey("office").doesNotContainKey("authenticity");
        assertThat(TriageCodec.decode(fields)).isEqualTo(state);
    }

    @Test
    void authenticitySignalsAreStoredAsKindAndDetailAndReadBack() {
        var state = new TriageState.Assessed(suggestion(Optional.empty(), List.of(
                new AuthenticitySignal(AuthenticitySignal.Kind.PLACE_NAMED, "Jl. Cibiru Hilir"),
                new AuthenticitySignal(AuthenticitySignal.Kind.SAME_TEXT_ELSEWHERE, "3"))));

        var fields = TriageCodec.encode(state);

        assertThat(fields).containsEntry("authenticity", "PLACE_NAMED:Jl. Cibiru Hilir|SAME_TEXT_ELSEWHERE:3");
        assertThat(TriageCodec.decode(fields)).isEqualTo(state);
    }

    @Test
    void scoresAreWrittenAsTheFormatterWritesThemToThreeDecimals() {
        var random = new Random(20261206);
        var scores = new ArrayList<Double>(List.of(0.0, -0.0, 1.0, 0.0005, 0.0015, 0.0025, 0.9995, 0.1235, 0.6665,
                -0.0004, -0.0005, -1.2345, 12345.6785, 1e-9, 0.999_999_9, Double.MIN_VALUE, Double.NaN,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
        for (int i = 0; i < 200_000; i++) {
            scores.add(random.nextDouble());
            scores.add(Math.round(random.nextDouble() * 100_000) / 100_000.0);
            scores.add((random.nextDouble() - 0.5) * 4);
        }

        for (var score : scores) {
            assertThat(TriageCodec.score(score)).as("score %s", score)
                    .isEqualTo(String.format(Locale.ROOT, "%.3f", score));
        }
    }
}

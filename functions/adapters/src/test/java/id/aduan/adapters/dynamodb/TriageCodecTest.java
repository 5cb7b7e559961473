package id.aduan.adapters.dynamodb;

import id.aduan.core.complaint.Priority;
import id.aduan.core.complaint.TriageState;
import id.aduan.core.triage.Candidate;
import id.aduan.core.triage.LocalOffice;
import id.aduan.core.triage.TriageSuggestion;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TriageCodecTest {

    private static TriageSuggestion suggestion(Optional<LocalOffice> office) {
        return new TriageSuggestion(true, Optional.empty(), "KEWILAYAHAN",
                List.of(new Candidate("KEWILAYAHAN", 0.7), new Candidate("KEPENDUDUKAN", 0.2)), "Layanan kelurahan",
                Priority.NORMAL, 0.66, List.of("kel. cipedes", "surat pengantar"), office, false, false,
                Optional.empty());
    }

    @Test
    void theLocalOfficeNamedIsStoredAndReadBack() {
        var state = new TriageState.Assessed(suggestion(
                Optional.of(new LocalOffice("32.73.07.1002", LocalOffice.Kind.KELURAHAN, "Cipedes"))));

        var fields = TriageCodec.encode(state);

        assertThat(fields).containsEntry("office", "KELURAHAN:32.73.07.1002:Cipedes");
        assertThat(TriageCodec.decode(fields)).isEqualTo(state);
    }

    @Test
    void aSuggestionNamingNoOfficeStoresNoOfficeField() {
        var state = new TriageState.Assessed(suggestion(Optional.empty()));

        var fields = TriageCodec.encode(state);

        assertThat(fields).doesNotContainKey("office");
        assertThat(TriageCodec.decode(fields)).isEqualTo(state);
    }
}

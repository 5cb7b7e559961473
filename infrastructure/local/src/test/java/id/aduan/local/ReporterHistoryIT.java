package id.aduan.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.aduan.adapters.json.Json;
import id.aduan.core.complaint.Complaint;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A citizen's earlier complaint, rejected as spam through the staff API, weakens the next complaint
 * they send through the webhook: GET /complaints/{id} shows it among the authenticity signals.
 */
class ReporterHistoryIT {

    private static final String CITIZEN = "6123456789012404";

    @TempDir
    static Path state;
    private static LocalRunCalls calls;

    @BeforeAll
    static void start() {
        calls = LocalRunCalls.start(state);
    }

    @AfterAll
    static void stop() {
        calls.close();
    }

    @Test
    void aComplaintFromAReporterWhoseEarlierOneWasRejectedAsSpamIsWeakenedByIt() throws Exception {
        var triage = calls.token("tia.triage", "triage");
        calls.deliver("dm-text.json");
        var first = newestOfCitizen();
        assertThat(signals(triage, first)).noneMatch(signal -> signal.path("signal").asText().startsWith("EARLIER_"));
        var rejected = calls.staff(triage, "POST", "/complaints/" + first.trackingCode().value() + "/actions",
                "{\"action\": \"REJECT\", \"rejection\": \"SPAM\", \"note\": \"promosi\", \"version\": %d}"
                        .formatted(first.version()));
        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);

        calls.deliver("dm-followup.json");
        var second = newestOfCitizen();

        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(signals(triage, second))
                .filteredOn(signal -> signal.path("signal").asText().equals("EARLIER_REJECTED"))
                .singleElement()
                .satisfies(signal -> {
                    assertThat(signal.path("effect").asText()).isEqualTo("WEAKENS");
                    assertThat(signal.path("reason").asText()).containsAnyOf("1 dari 1", "1 of 1");
                });
    }

    private static Complaint newestOfCitizen() {
        var lookup = ComplaintLookup.of(new LocalState(state).running().orElseThrow());
        return lookup.newest(Optional.empty(), 50).stream()
                .filter(complaint -> complaint.reporter().instagramId().equals(CITIZEN))
                .findFirst().orElseThrow();
    }

    private static Iterable<JsonNode> signals(String token, Complaint complaint) throws Exception {
        var response = calls.staff(token, "GET", "/complaints/" + complaint.trackingCode().value(), null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.mapper().readTree(response.body()).path("authenticity");
    }
}

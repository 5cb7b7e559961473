package id.aduan.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.TimelineEvent;
import id.aduan.core.complaint.TriageState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The triage queue: rows carry triage's suggestion, filters on it, counts per scope, bulk rejection. */
class TriageQueueIT extends StaffApiTestCase {

    private static final String PRAISE = "Mantap min, taman kotanya makin cantik. Terima kasih pak wali!";
    private static final String DARK_STREET = "Lampu PJU di Jl. Soekarno Hatta mati semua, gelap banget tiap malam";

    @Test
    void everyRowCarriesTriagesSuggestionOrSaysTheTextIsStillToBeFetched() {
        var praise = seed.triaged(PRAISE, now.minusSeconds(30));
        var street = seed.triaged(DARK_STREET, now.minusSeconds(20));
        var mention = seed.mentionAwaitingText(now.minusSeconds(10));

        var rows = rowsById(triage.list(Map.of("status", "NEW")).json());

        var praiseRow = rows.get(praise.id().value()).path("triage");
        assertThat(praiseRow.path("state").asText()).isEqualTo("ASSESSED");
        assertThat(praiseRow.path("complaint").asBoolean()).isFalse();
        assertThat(praiseRow.path("reason").path("rejection").asText()).isEqualTo("NOT_A_COMPLAINT");
        assertThat(praiseRow.path("reason").path("kind").asText()).isIn("PRAISE", "THANKS");
        assertThat(praiseRow.path("reason").path("label").asText()).isIn("Pujian", "Ucapan terima kasih");
        var streetRow = rows.get(street.id().value()).path("triage");
        var suggestion = suggestion(street);
        assertThat(streetRow.path("complaint").asBoolean()).isTrue();
        assertThat(streetRow.path("reason").isMissingNode()).as("no reason: null fields are left out").isTrue();
        assertThat(streetRow.path("unit").asText()).isEqualTo(suggestion.unit()).isEqualTo("PERHUBUNGAN");
        assertThat(streetRow.path("topic").asText()).isEqualTo(suggestion.topic());
        assertThat(streetRow.path("priority").asText()).isEqualTo(suggestion.priority().name());
        assertThat(streetRow.path("confidence").asDouble()).isCloseTo(suggestion.confidence(),
                org.assertj.core.data.Offset.offset(0.001));
        var mentionRow = rows.get(mention.id().value()).path("triage");
        assertThat(mentionRow.path("state").asText()).isEqualTo("PENDING_CONTENT");
        assertThat(mentionRow.path("complaint").isMissingNode()).isTrue();
        assertThat(mentionRow.path("unit").isMissingNode()).isTrue();
    }

    @Test
    void theQueueFiltersOnTriagesVerdictAndSuggestedUnit() {
        var praise = seed.triaged(PRAISE, now.minusSeconds(30));
        var street = seed.triaged(DARK_STREET, now.minusSeconds(20));
        var mention = seed.mentionAwaitingText(now.minusSeconds(10));

        assertThat(triage.list(Map.of("suggestedComplaint", "false")).complaintIds()).containsExactly(praise.id().value());
        assertThat(triage.list(Map.of("suggestedComplaint", "true")).complaintIds()).containsExactly(street.id().value());
        assertThat(triage.list(Map.of("suggestedUnit", "PERHUBUNGAN", "status", "NEW")).complaintIds())
                .containsExactly(street.id().value());
        assertThat(triage.list(Map.of()).complaintIds()).contains(mention.id().value());
        var unknown = triage.list(Map.of("suggestedUnit", "DINAS_X"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.errorField()).isEqualTo("suggestedUnit");
        assertThat(triage.list(Map.of("suggestedComplaint", "maybe")).errorField()).isEqualTo("suggestedComplaint");
    }

    @Test
    void countsLeaveSuggestedNonComplaintsOutOfNewAndFollowTheCallersScope() {
        seed.triaged(PRAISE, now.minusSeconds(40));
        seed.triaged(DARK_STREET, now.minusSeconds(30));
        var forwarded = seed.triaged("Jalan di depan SDN 2 Cibiru berlubang besar, motor sering jatuh",
                now.minusSeconds(20));
        seed.comment("sampah menumpuk di pasar sudah seminggu", now.minus(Duration.ofDays(10)));
        triage.act(forwarded.id().value(), """
                {"action": "VERIFY", "unit": "BINA_MARGA_SDA", "category": "Jalan rusak", "priority": "HIGH", "version": 1}""");
        triage.act(forwarded.id().value(), "{\"action\": \"FORWARD\", \"version\": 2}");

        var everything = triage.counts();
        assertThat(everything.status()).isEqualTo(200);
        var all = everything.json();
        assertThat(all.path("byStatus").path("NEW").asInt()).isEqualTo(2);
        assertThat(all.path("notComplaintSuggested").asInt()).isEqualTo(1);
        assertThat(all.path("byStatus").path("FORWARDED").asInt()).isEqualTo(1);
        assertThat(all.path("byStatus").path("RESOLVED").asInt()).isZero();
        assertThat(all.path("byStatus").has("CLOSED")).isFalse();
        assertThat(all.path("slaBreached").asInt()).isEqualTo(1);
        assertThat(all.path("slaAtRisk").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(all.path("complete").asBoolean()).isTrue();

        var unit = api.as("agent", "BINA_MARGA_SDA").counts().json();
        assertThat(unit.path("byStatus").path("FORWARDED").asInt()).isEqualTo(1);
        assertThat(unit.path("byStatus").path("NEW").asInt()).isZero();
        assertThat(unit.path("notComplaintSuggested").asInt()).isZero();
        var otherUnit = api.as("supervisor", "PERHUBUNGAN").counts().json();
        assertThat(otherUnit.path("byStatus").path("FORWARDED").asInt()).isZero();
    }

    @Test
    void bulkRejectionRejectsEachOnItsOwnTimelineAndReportsTheStaleOne() {
        var praise = seed.triaged(PRAISE, now.minusSeconds(30));
        var greeting = seed.triaged("Selamat pagi min, semangat kerjanya ya", now.minusSeconds(20));
        var meanwhile = triage.post(greeting.id().value(), "notes", "{\"text\": \"dibaca tim\", \"version\": 1}");
        assertThat(meanwhile.status()).isEqualTo(201);

        var response = triage.bulk("""
                {"action": "REJECT", "rejection": "NOT_A_COMPLAINT", "note": "pujian dan salam",
                 "complaints": [{"id": "%s", "version": 1}, {"id": "%s", "version": 1}]}"""
                .formatted(praise.trackingCode().value(), greeting.trackingCode().value()));

        assertThat(response.status()).isEqualTo(200);
        var results = response.json().path("results");
        assertThat(results).hasSize(2);
        assertThat(results.get(0).path("id").asText()).isEqualTo(praise.trackingCode().value());
        assertThat(results.get(0).path("status").asInt()).isEqualTo(200);
        assertThat(results.get(0).path("complaint").path("status").asText()).isEqualTo("REJECTED");
        assertThat(results.get(1).path("status").asInt()).isEqualTo(409);
        assertThat(results.get(1).path("error").path("code").asText()).isEqualTo("STALE_VERSION");
        assertThat(results.get(1).path("error").path("currentVersion").asLong()).isEqualTo(2);
        var rejected = api.stored(praise.id().value());
        assertThat(rejected.complaint().rejection().note()).isEqualTo("pujian dan salam");
        assertThat(rejected.timeline()).filteredOn(event -> event.type() == TimelineEvent.Type.STATUS_CHANGED)
                .hasSize(1);
        assertThat(api.stored(greeting.id().value()).complaint().status().name()).isEqualTo("NEW");
        assertThat(triage.counts().json().path("notComplaintSuggested").asInt()).isEqualTo(1);
    }

    @Test
    void aRoleThatMayNotRejectIsRefusedTheWholeBatch() {
        var praise = seed.triaged(PRAISE, now);
        var body = """
                {"action": "REJECT", "rejection": "SPAM", "complaints": [{"id": "%s", "version": 1}]}"""
                .formatted(praise.id().value());

        for (var caller : List.of(api.as("viewer", "*"), api.as("agent", "BINA_MARGA_SDA"),
                api.as("supervisor", "BINA_MARGA_SDA"))) {
            var refused = caller.bulk(body);
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.errorCode()).isEqualTo("FORBIDDEN");
        }
        assertThat(api.stored(praise.id().value()).complaint().version()).isEqualTo(1);
    }

    @Test
    void aBulkRequestOutsideItsBoundsIsRefusedBeforeAnythingChanges() {
        var praise = seed.triaged(PRAISE, now);
        var entry = "{\"id\": \"%s\", \"version\": 1}".formatted(praise.id().value());
        var many = new ArrayList<String>();
        for (int i = 0; i < 51; i++) {
            many.add("{\"id\": \"ADU-%05d\", \"version\": 1}".formatted(i));
        }

        assertThat(triage.bulk("{\"action\": \"REJECT\", \"rejection\": \"DUPLICATE\", \"complaints\": [" + entry + "]}")
                .errorField()).isEqualTo("rejection");
        assertThat(triage.bulk("{\"action\": \"VERIFY\", \"rejection\": \"SPAM\", \"complaints\": [" + entry + "]}")
                .errorField()).isEqualTo("action");
        assertThat(triage.bulk("{\"action\": \"REJECT\", \"rejection\": \"SPAM\", \"complaints\": []}").errorField())
                .isEqualTo("complaints");
        assertThat(triage.bulk("{\"action\": \"REJECT\", \"rejection\": \"SPAM\", \"complaints\": ["
                + String.join(",", many) + "]}").status()).isEqualTo(400);
        assertThat(triage.bulk("{\"action\": \"REJECT\", \"rejection\": \"SPAM\", \"complaints\": [" + entry + ","
                + entry + "]}").errorField()).isEqualTo("complaints");
        assertThat(triage.bulk("{\"action\": \"REJECT\", \"rejection\": \"SPAM\", \"complaints\": [{\"id\": \"x\"}]}")
                .errorField()).isEqualTo("complaints");
        assertThat(api.stored(praise.id().value()).complaint().version()).isEqualTo(1);
    }

    private static id.aduan.core.triage.TriageSuggestion suggestion(Complaint complaint) {
        return ((TriageState.Assessed) complaint.triage()).suggestion();
    }

    private static Map<String, JsonNode> rowsById(JsonNode page) {
        var rows = new java.util.HashMap<String, JsonNode>();
        page.path("complaints").forEach(row -> rows.put(row.path("id").asText(), row));
        return rows;
    }
}

package id.aduan.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.aduan.core.complaint.Channel;
import id.aduan.core.kernel.Priority;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Work queues over GET /complaints: every filter, both orders, cursors and their refusals. */
class ListingIT extends StaffApiTestCase {

    @Test
    void pagesFollowTheirCursorsInEitherOrderWithoutRepeatsOrGaps() {
        var ids = new ArrayList<String>();
        for (int i = 11; i >= 0; i--) {
            ids.add(seed.comment("keluhan nomor " + i, now.minus(Duration.ofMinutes(i))).id().value());
        }

        var oldestFirst = readAll(Map.of("limit", "5"));
        var newestFirst = readAll(Map.of("limit", "5", "order", "newest"));

        assertThat(oldestFirst).containsExactlyElementsOf(ids);
        assertThat(newestFirst).containsExactlyElementsOf(ids.reversed());
        var firstPage = triage.list(Map.of("limit", "5")).json();
        assertThat(firstPage.path("complaints")).hasSize(5);
        assertThat(firstPage.path("nextCursor").asText()).isNotBlank();
    }

    @Test
    void everyFilterNarrowsTheQueue() {
        var road = seed.comment("Jalan BERLUBANG di Cibiru", now.minus(Duration.ofDays(10)));
        var light = seed.create(Channel.DM, "lampu PJU mati", now.minus(Duration.ofHours(1)), Priority.URGENT, "6129", null);
        var trash = seed.comment("sampah menumpuk", now);
        triage.act(light.id().value(), """
                {"action": "VERIFY", "unit": "PERHUBUNGAN", "category": "PJU mati", "priority": "URGENT", "version": 1}""");
        triage.act(trash.id().value(), "{\"action\": \"ASSIGN\", \"assignee\": {\"id\": \"%s\"}, \"version\": 1}"
                .formatted(triage.id()));

        assertThat(ids(Map.of("status", "VERIFIED"))).containsExactly(light.id().value());
        assertThat(ids(Map.of("status", "NEW,VERIFIED"))).hasSize(3);
        assertThat(ids(Map.of("status", "OPEN"))).hasSize(3);
        assertThat(ids(Map.of("unit", "PERHUBUNGAN"))).containsExactly(light.id().value());
        assertThat(ids(Map.of("priority", "URGENT"))).containsExactly(light.id().value());
        assertThat(ids(Map.of("category", "PJU mati"))).containsExactly(light.id().value());
        assertThat(ids(Map.of("channel", "DM"))).containsExactly(light.id().value());
        assertThat(ids(Map.of("assignee", "me"))).containsExactly(trash.id().value());
        assertThat(ids(Map.of("q", "lubang"))).containsExactly(road.id().value());
        assertThat(ids(Map.of("receivedFrom", now.minus(Duration.ofHours(2)).toString(),
                "receivedBefore", now.minusSeconds(60).toString()))).containsExactly(light.id().value());
        assertThat(ids(Map.of("slaAtRisk", "true"))).contains(road.id().value()).doesNotContain(trash.id().value());
        assertThat(ids(Map.of("slaWithin", "P30D"))).contains(road.id().value(), trash.id().value());
        assertThat(ids(Map.of("unit", "PERHUBUNGAN", "status", "NEW"))).isEmpty();
    }

    @Test
    void rolesWithoutPersonalDataSearchOnlyTheTextAsTheySeeIt() {
        var road = seed.comment("Jalan berlubang, hubungi 0812-3456-7890 atau budi.santoso88@example.com, "
                + "NIK 3273012501900003", now);
        triage.act(road.id().value(), """
                {"action": "VERIFY", "unit": "BINA_MARGA_SDA", "category": "Jalan rusak", "priority": "HIGH", "version": 1}""");
        var agent = api.as("agent", "BINA_MARGA_SDA");

        assertThat(ids(agent, Map.of("q", "berlubang"))).containsExactly(road.id().value());
        assertThat(ids(agent, Map.of("q", "**03"))).containsExactly(road.id().value());
        for (var hidden : List.of("budi.santoso88", "santoso", "0812-3456", "273", "3456", "0125019")) {
            assertThat(ids(agent, Map.of("q", hidden))).as(hidden).isEmpty();
            assertThat(ids(Map.of("q", hidden))).as(hidden).containsExactly(road.id().value());
        }
    }

    @Test
    void rolesWithoutPersonalDataFilterReceivedTimesByWholeMinutes() {
        var agent = api.as("agent", "BINA_MARGA_SDA");

        var milliseconds = agent.list(Map.of("receivedFrom", "2026-08-01T09:30:00.001Z"));
        var seconds = agent.list(Map.of("receivedBefore", "2026-08-01T09:30:15Z"));
        var minutes = agent.list(Map.of("receivedFrom", "2026-08-01T09:30:00Z", "receivedBefore", "2026-08-01T09:31:00Z"));
        var forTriage = triage.list(Map.of("receivedFrom", "2026-08-01T09:30:00.001Z"));

        assertThat(milliseconds.status()).isEqualTo(400);
        assertThat(milliseconds.errorField()).isEqualTo("receivedFrom");
        assertThat(seconds.status()).isEqualTo(400);
        assertThat(seconds.errorField()).isEqualTo("receivedBefore");
        assertThat(minutes.status()).isEqualTo(200);
        assertThat(forTriage.status()).isEqualTo(200);
    }

    @Test
    void aCursorThatWasAlteredOrBelongsToAnotherQueryIs400() {
        for (int i = 0; i < 3; i++) {
            seed.comment("keluhan " + i, now.minusSeconds(i));
        }
        var cursor = triage.list(Map.of("limit", "1")).json().path("nextCursor").asText();
        var altered = cursor.substring(0, cursor.length() - 2) + (cursor.endsWith("AA") ? "BB" : "AA");

        var tampered = triage.list(Map.of("limit", "1", "cursor", altered));
        var otherQuery = triage.list(Map.of("limit", "1", "status", "NEW", "cursor", cursor));
        var garbage = triage.list(Map.of("cursor", "not-a-cursor"));
        var sameQueryOtherLimit = triage.list(Map.of("limit", "2", "cursor", cursor));

        assertThat(List.of(tampered, otherQuery, garbage)).allSatisfy(response -> {
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.errorCode()).isEqualTo("BAD_CURSOR");
            assertThat(response.errorField()).isEqualTo("cursor");
        });
        assertThat(sameQueryOtherLimit.status()).isEqualTo(200);
        assertThat(sameQueryOtherLimit.json().path("complaints")).hasSize(2);
    }

    @Test
    void badParametersAre400NamingTheParameter() {
        assertThat(triage.list(Map.of("limit", "101")).errorField()).isEqualTo("limit");
        assertThat(triage.list(Map.of("status", "LOST")).errorField()).isEqualTo("status");
        assertThat(triage.list(Map.of("unit", "DINAS_X")).errorField()).isEqualTo("unit");
        assertThat(triage.list(Map.of("priority", "ASAP")).errorField()).isEqualTo("priority");
        assertThat(triage.list(Map.of("receivedFrom", "kemarin")).errorField()).isEqualTo("receivedFrom");
        assertThat(triage.list(Map.of("slaWithin", "2 jam")).errorField()).isEqualTo("slaWithin");
        assertThat(triage.list(Map.of("order", "random")).errorField()).isEqualTo("order");
        var unknown = triage.list(Map.of("sort", "asc"));
        assertThat(unknown.errorCode()).isEqualTo("UNKNOWN_PARAMETER");
        assertThat(unknown.errorField()).isEqualTo("sort");
    }

    private List<String> ids(Map<String, String> query) {
        return ids(triage, query);
    }

    private static List<String> ids(StaffApi.Caller caller, Map<String, String> query) {
        var response = caller.list(query);
        assertThat(response.status()).as(query.toString()).isEqualTo(200);
        return response.complaintIds();
    }

    private List<String> readAll(Map<String, String> query) {
        var ids = new ArrayList<String>();
        var parameters = new HashMap<>(query);
        while (true) {
            JsonNode page = triage.list(parameters).json();
            page.path("complaints").forEach(complaint -> ids.add(complaint.path("id").asText()));
            if (page.path("nextCursor").isNull() || page.path("nextCursor").isMissingNode()) {
                return ids;
            }
            parameters.put("cursor", page.path("nextCursor").asText());
        }
    }
}

package id.aduan.local;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.adapters.dynamodb.ComplaintBackfill;
import id.aduan.adapters.dynamodb.ComplaintTable;
import id.aduan.core.complaint.Complaint;
import id.aduan.testkit.SamTemplate;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * {@code ./aduan backfill} on complaints stored as the adapters wrote them before the retention job, the
 * {@code ByReporter} index and the masked search existed: the job and a unit's search find them after it.
 */
class ComplaintBackfillIT {

    @TempDir
    Path state;

    @Test
    void complaintsStoredWithoutTheNewAttributesAreFoundByTheRetentionJobAndAUnitsSearchOnceBackfilled()
            throws Exception {
        try (var calls = LocalRunCalls.start(state)) {
            calls.deliver("dm-text.json", "comment-complaint.json");
            var triage = calls.token("tia.triage", "triage");
            var fallenTree = newest(calls, "6123456789012404");
            var verified = calls.staff(triage, "POST", "/complaints/" + fallenTree.trackingCode().value() + "/actions",
                    "{\"action\": \"VERIFY\", \"unit\": \"BENCANA\", \"category\": \"Pohon tumbang\", \"priority\": \"HIGH\", \"version\": %d}"
                            .formatted(fallenTree.version()));
            assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
            var pothole = newest(calls, "6123456789012345");
            var rejected = calls.staff(triage, "POST", "/complaints/" + pothole.trackingCode().value() + "/actions",
                    "{\"action\": \"REJECT\", \"rejection\": \"SPAM\", \"note\": \"uji\", \"version\": %d}"
                            .formatted(pothole.version()));
            assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);
            var tenant = ComplaintLookup.firstTenant(SamTemplate.locate());
            var table = new ComplaintTable(calls.run.deployment().dynamoDb(), calls.run.deployment().ref("ComplaintsTable"))
                    .forTenant(tenant);
            var search = "/complaints?q=pohon";
            var supervisor = calls.token("sari.bencana", "supervisor", "BENCANA");
            assertThat(calls.staff(supervisor, "GET", search, null).body())
                    .contains(fallenTree.trackingCode().value());
            stripNewAttributes(calls, tenant + "#");

            var beforeSearch = calls.staff(supervisor, "GET", search, null).body();
            var beforeRetention = calls.retentionAt(Instant.now().plus(Duration.ofDays(731)));
            var dryRun = new ComplaintBackfill(table).run(true, page -> { });
            var backfill = new ComplaintBackfill(table).run(false, page -> { });
            var again = new ComplaintBackfill(table).run(false, page -> { });

            assertThat(beforeSearch).doesNotContain(fallenTree.trackingCode().value());
            assertThat(beforeRetention.path("erased").asInt()).isZero();
            assertThat(dryRun.backfilled()).isEqualTo(2);
            assertThat(backfill.backfilled()).isEqualTo(2);
            assertThat(backfill.raced()).isZero();
            assertThat(backfill.attributes()).isEqualTo(Map.of("REPORTERPK", 2L, "maskedSearchText", 2L, "DUEPK", 1L,
                    "DUESK", 1L));
            assertThat(again.backfilled()).as("a second run finds nothing left").isZero();
            assertThat(calls.staff(supervisor, "GET", search, null).body())
                    .contains(fallenTree.trackingCode().value());
            assertThat(calls.retentionAt(Instant.now().plus(Duration.ofDays(731))).path("erased").asInt()).isEqualTo(1);
        }
    }

    /** Removes what the adapters did not write before: the complaints' items as an older deployment holds them. */
    private static void stripNewAttributes(LocalRunCalls calls, String tenantPrefix) {
        var client = calls.run.deployment().dynamoDb();
        var table = calls.run.deployment().ref("ComplaintsTable");
        for (Map<String, AttributeValue> item : calls.run.deployment().items("ComplaintsTable")) {
            if (!item.get("SK").s().equals("META") || !item.get("PK").s().startsWith(tenantPrefix + "C#")) {
                continue;
            }
            boolean erasureKey = item.containsKey("DUEPK") && item.get("DUEPK").s().equals(tenantPrefix + "ERASE");
            client.updateItem(request -> request.tableName(table)
                    .key(Map.of("PK", item.get("PK"), "SK", item.get("SK")))
                    .updateExpression("REMOVE REPORTERPK, maskedSearchText" + (erasureKey ? ", DUEPK, DUESK" : "")));
        }
        assertThat(calls.run.deployment().items("ComplaintsTable"))
                .filteredOn(item -> item.get("SK").s().equals("META") && item.get("PK").s().startsWith(tenantPrefix + "C#"))
                .hasSize(2)
                .allSatisfy(item -> assertThat(item).doesNotContainKeys("REPORTERPK", "maskedSearchText")
                        .satisfiesAnyOf(stored -> assertThat(stored).doesNotContainKey("DUEPK"),
                                stored -> assertThat(stored.get("DUEPK").s()).startsWith(tenantPrefix + "SLA#")));
    }

    private Complaint newest(LocalRunCalls calls, String reporter) {
        var lookup = ComplaintLookup.of(new LocalState(state).running().orElseThrow());
        return lookup.newest(Optional.empty(), 10).stream()
                .filter(complaint -> reporter.equals(complaint.reporter().instagramId())).findFirst().orElseThrow();
    }
}

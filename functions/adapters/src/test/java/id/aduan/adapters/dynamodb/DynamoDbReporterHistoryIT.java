package id.aduan.adapters.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.complaint.RejectionReason;
import id.aduan.core.kernel.Status;
import id.aduan.core.triage.EarlierComplaint;
import id.aduan.testkit.AwsEmulatorExtension;
import id.aduan.testkit.Deployment;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A reporter's earlier complaints read back through the ByReporter index and one batch read. */
@ExtendWith(AwsEmulatorExtension.class)
class DynamoDbReporterHistoryIT {

    private static final String CITIZEN = "6123456789012404";
    private static final Instant NOW = Instant.parse("2026-08-04T03:07:00Z");

    private final Random random = new Random(5);
    private ComplaintTable table;
    private DynamoDbReporterHistory history;

    @BeforeEach
    void setUp(Deployment deployment) {
        table = EmulatorTables.ofTenant(deployment, "InstagramWebhookFunction");
        history = new DynamoDbReporterHistory(table);
    }

    @Test
    void theReportersComplaintsReceivedBeforeTheMessageAreReadWithHowTheyStand() {
        complaint(CITIZEN, NOW.minus(Duration.ofDays(9)), Status.RESOLVED, null);
        complaint(CITIZEN, NOW.minus(Duration.ofDays(2)), Status.REJECTED, RejectionReason.SPAM);
        complaint(CITIZEN, NOW, Status.NEW, null);
        complaint("6123456789012999", NOW.minus(Duration.ofDays(1)), Status.CLOSED, null);

        assertThat(history.earlier(CITIZEN, NOW, 20)).containsExactlyInAnyOrder(
                new EarlierComplaint(Status.RESOLVED, false),
                new EarlierComplaint(Status.REJECTED, true));
        assertThat(history.earlier("6123456789012000", NOW, 20)).isEmpty();
    }

    @Test
    void onlyTheNewestComplaintsUpToTheLimitAreRead() {
        for (int day = 30; day >= 1; day--) {
            complaint(CITIZEN, NOW.minus(Duration.ofDays(day)), day <= 3 ? Status.CLOSED : Status.NEW, null);
        }

        assertThat(history.earlier(CITIZEN, NOW, 3)).extracting(EarlierComplaint::status)
                .containsOnly(Status.CLOSED).hasSize(3);
    }

    @Test
    void aComplaintWhoseReporterWasErasedIsNoOnesHistory() {
        var erased = complaint(CITIZEN, NOW.minus(Duration.ofDays(4)), Status.REJECTED, RejectionReason.SPAM);
        table.client.updateItem(request -> request.tableName(table.name)
                .key(Map.of(Keys.PK, AttributeValue.fromS(Keys.of(EmulatorTables.TENANT).complaint(erased)),
                        Keys.SK, AttributeValue.fromS(Keys.COMPLAINT_SK)))
                .updateExpression("REMOVE " + Keys.BY_REPORTER_PK));

        assertThat(history.earlier(CITIZEN, NOW, 20)).isEmpty();
    }

    private ComplaintId complaint(String reporter, Instant receivedAt, Status status, RejectionReason rejection) {
        var id = ComplaintId.generate(receivedAt, random);
        var item = new HashMap<String, AttributeValue>();
        item.put(Keys.PK, AttributeValue.fromS(Keys.of(EmulatorTables.TENANT).complaint(id)));
        item.put(Keys.SK, AttributeValue.fromS(Keys.COMPLAINT_SK));
        item.put("status", AttributeValue.fromS(status.name()));
        item.put("text", AttributeValue.fromS("jalan rusak di depan rumah"));
        item.put(Keys.BY_REPORTER_PK, AttributeValue.fromS(Keys.of(EmulatorTables.TENANT).reporter(reporter)));
        item.put(Keys.BY_STATUS_SK, AttributeValue.fromS(Keys.queueOrder(receivedAt, id)));
        if (rejection != null) {
            item.put("rejectionReason", AttributeValue.fromS(rejection.name()));
        }
        table.client.putItem(request -> request.tableName(table.name).item(item));
        return id;
    }
}

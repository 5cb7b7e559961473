package id.aduan.adapters.dynamodb;

import id.aduan.core.desk.ComplaintCounting;
import id.aduan.core.desk.QueueCounts;
import id.aduan.core.kernel.Status;
import id.aduan.core.sla.ClockKind;
import id.aduan.core.sla.SlaClock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * Counts from the work-queue indexes: one Query per open status partition ({@code <t>#STATUS#<status>},
 * or {@code <t>#UNIT#<unit>#<status>} for a unit), projecting only status, triage and clocks, so six
 * requests count a whole backlog. A partition larger than a Query page (1 MB read) takes more pages,
 * at most {@link #PAGES_PER_STATUS}; past that the counts say they are incomplete rather than read on.
 */
public final class DynamoDbComplaintCounting implements ComplaintCounting {

    /** Pages one status partition may take: thousands of open complaints each, far beyond a city's backlog. */
    static final int PAGES_PER_STATUS = 10;

    private final ComplaintTable table;
    private final Keys.TenantKeys keys;
    private final int pagesPerStatus;

    public DynamoDbComplaintCounting(ComplaintTable table) {
        this(table, PAGES_PER_STATUS);
    }

    /** With another page budget: tests reach its end with a handful of complaints. */
    DynamoDbComplaintCounting(ComplaintTable table, int pagesPerStatus) {
        this.table = table;
        this.keys = table.tenantKeys(DynamoDbComplaintCounting.class);
        this.pagesPerStatus = pagesPerStatus;
    }

    @Override
    public QueueCounts count(String unit, Instant now) {
        var tally = new QueueCounts.Tally(now);
        boolean complete = true;
        for (Status status : QueueCounts.OPEN) {
            complete &= countPartition(unit, status, tally);
        }
        return tally.counts(complete);
    }

    /** Adds one status partition to the tally; false when its page budget ran out first. */
    private boolean countPartition(String unit, Status status, QueueCounts.Tally tally) {
        var request = QueryRequest.builder().tableName(table.name)
                .indexName(unit == null ? Keys.BY_STATUS_INDEX : Keys.BY_UNIT_INDEX)
                .keyConditionExpression("#pk = :pk")
                .projectionExpression("#status, #triage, #clocks")
                .expressionAttributeNames(Map.of("#pk", unit == null ? Keys.BY_STATUS_PK : Keys.BY_UNIT_PK,
                        "#status", "status", "#triage", "triage", "#clocks", "clocks"))
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(unit == null
                        ? keys.statusQueue(status.name()) : keys.unitQueue(unit, status.name()))));
        Map<String, AttributeValue> resumeAt = null;
        for (int page = 0; page < pagesPerStatus; page++) {
            if (resumeAt != null) {
                request.exclusiveStartKey(resumeAt);
            }
            var response = table.client.query(request.build());
            response.items().forEach(item -> add(item, tally));
            if (!response.hasLastEvaluatedKey() || response.lastEvaluatedKey().isEmpty()) {
                return true;
            }
            resumeAt = response.lastEvaluatedKey();
        }
        return false;
    }

    private static void add(Map<String, AttributeValue> attributes, QueueCounts.Tally tally) {
        var item = ComplaintItem.SCHEMA.mapToItem(attributes);
        List<SlaClock> clocks = item.clocks == null ? List.of() : item.clocks.entrySet().stream()
                .map(clock -> ClockCodec.decode(ClockKind.valueOf(clock.getKey()), clock.getValue())).toList();
        tally.add(Status.valueOf(item.status), TriageCodec.decode(item.triage), clocks);
    }
}

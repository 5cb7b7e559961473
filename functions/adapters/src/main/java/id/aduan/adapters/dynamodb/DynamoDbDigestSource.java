package id.aduan.adapters.dynamodb;

import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.digest.ComplaintSnapshot;
import id.aduan.core.digest.DigestSource;
import id.aduan.core.kernel.Status;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * The daily digest's reads: the work-queue index by status, whose sort key starts with the time a
 * complaint arrived, so a time window is a key range. Only the attributes the digest counts are read.
 */
public final class DynamoDbDigestSource implements DigestSource {

    private static final String PROJECTION = "id, #status, #unit, receivedAt, firstResponseAt, clocks";

    private final ComplaintTable table;
    private final Keys.TenantKeys keys;

    public DynamoDbDigestSource(ComplaintTable table) {
        this.table = table;
        this.keys = table.tenantKeys(DynamoDbDigestSource.class);
    }

    @Override
    public List<ComplaintSnapshot> inStatus(Set<Status> statuses) {
        var complaints = new ArrayList<ComplaintSnapshot>();
        for (Status status : statuses) {
            query(status, "GSI1PK = :queue", Map.of(), complaints);
        }
        return complaints;
    }

    @Override
    public List<ComplaintSnapshot> receivedBetween(Set<Status> statuses, Instant from, Instant to) {
        var complaints = new ArrayList<ComplaintSnapshot>();
        var range = Map.of(":from", AttributeValue.fromS(Keys.orderFrom(from)),
                ":to", AttributeValue.fromS(Keys.orderFrom(to)));
        for (Status status : statuses) {
            query(status, "GSI1PK = :queue AND GSI1SK BETWEEN :from AND :to", range, complaints);
        }
        return complaints;
    }

    private void query(Status status, String condition, Map<String, AttributeValue> values,
                       List<ComplaintSnapshot> into) {
        var allValues = new HashMap<>(values);
        allValues.put(":queue", AttributeValue.fromS(keys.statusQueue(status.name())));
        var request = QueryRequest.builder()
                .tableName(table.name)
                .indexName(Keys.BY_STATUS_INDEX)
                .keyConditionExpression(condition)
                .projectionExpression(PROJECTION)
                .expressionAttributeNames(Map.of("#status", "status", "#unit", "unit"))
                .expressionAttributeValues(allValues)
                .build();
        table.client.queryPaginator(request).items().forEach(item -> into.add(new ComplaintSnapshot(
                new ComplaintId(item.get("id").s()), Status.valueOf(item.get("status").s()),
                text(item, "unit"), Keys.parseTime(text(item, "receivedAt")),
                Keys.parseTime(text(item, "firstResponseAt")), item.containsKey("clocks"))));
    }

    private static String text(Map<String, AttributeValue> item, String name) {
        var value = item.get(name);
        return value == null ? null : value.s();
    }
}

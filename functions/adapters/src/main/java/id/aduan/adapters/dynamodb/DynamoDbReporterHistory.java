package id.aduan.adapters.dynamodb;

import id.aduan.core.complaint.RejectionReason;
import id.aduan.core.ingest.ReporterHistory;
import id.aduan.core.kernel.Status;
import id.aduan.core.triage.EarlierComplaint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * A reporter's earlier complaints in two bounded reads: the newest keys of their ByReporter partition
 * received before the new message (a Query of the keys-only index: 20 keys fit in half a read unit), then just
 * the status and rejection reason of those complaints (one BatchGetItem, eventually consistent).
 *
 * <p>Why not widen the index to INCLUDE those two attributes: a BatchGetItem is charged by the whole
 * item, not by the projection, so it costs about half a read unit per earlier complaint, at most ten
 * for 20; but a projected status would write the index again at every status change (about five a
 * complaint, each a write unit, which costs five read units), for every complaint whether its reporter
 * writes again or not, while most reporters write once. Keys only, the index is written once per
 * complaint, and changing the projection would mean recreating the index.
 *
 * <p>Erasure takes {@code REPORTERPK} from a complaint, so an erased complaint is no longer found.
 */
public final class DynamoDbReporterHistory implements ReporterHistory {

    private static final String STATUS = "status";
    private static final String REJECTION_REASON = "rejectionReason";

    private final ComplaintTable table;
    private final Keys.TenantKeys keys;

    public DynamoDbReporterHistory(ComplaintTable table) {
        this.table = table;
        this.keys = table.tenantKeys(DynamoDbReporterHistory.class);
    }

    @Override
    public List<EarlierComplaint> earlier(String instagramUserId, Instant before, int limit) {
        var found = table.client.query(request -> request.tableName(table.name).indexName(Keys.BY_REPORTER_INDEX)
                        .keyConditionExpression("#pk = :user AND #sk < :before")
                        .expressionAttributeNames(Map.of("#pk", Keys.BY_REPORTER_PK, "#sk", Keys.BY_STATUS_SK))
                        .expressionAttributeValues(Map.of(":user", AttributeValue.fromS(keys.reporter(instagramUserId)),
                                ":before", AttributeValue.fromS(Keys.time(before))))
                        .scanIndexForward(false)
                        .limit(limit))
                .items().stream()
                .map(item -> Map.of(Keys.PK, item.get(Keys.PK), Keys.SK, item.get(Keys.SK)))
                .toList();
        return found.isEmpty() ? List.of() : outcomes(found);
    }

    private List<EarlierComplaint> outcomes(List<Map<String, AttributeValue>> keys) {
        var earlier = new ArrayList<EarlierComplaint>(keys.size());
        Map<String, KeysAndAttributes> unread = Map.of(table.name, KeysAndAttributes.builder().keys(keys)
                .projectionExpression("#status, #rejection")
                .expressionAttributeNames(Map.of("#status", STATUS, "#rejection", REJECTION_REASON))
                .build());
        while (!unread.isEmpty()) {
            var asked = unread;
            var response = table.client.batchGetItem(request -> request.requestItems(asked));
            response.responses().getOrDefault(table.name, List.of()).forEach(item -> earlier.add(outcome(item)));
            unread = response.unprocessedKeys();
        }
        return earlier;
    }

    private static EarlierComplaint outcome(Map<String, AttributeValue> item) {
        var rejection = item.get(REJECTION_REASON);
        return new EarlierComplaint(Status.valueOf(item.get(STATUS).s()),
                rejection != null && RejectionReason.valueOf(rejection.s()).saysNoComplaint());
    }
}

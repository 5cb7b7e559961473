package id.aduan.adapters.dynamodb;

import id.aduan.adapters.dynamodb.Transaction.Condition;
import id.aduan.adapters.dynamodb.Transaction.Expression;
import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.ReporterMessage;
import id.aduan.core.complaint.TimelineEvent;
import id.aduan.core.ingest.CompletionResult;
import id.aduan.core.ingest.MentionFetches;
import id.aduan.core.ingest.PendingFetch;
import id.aduan.core.ingest.Superseded;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/** Mention fetches in the due index ({@code <t>#FETCH} partition): a read bounded by what is due. */
public final class DynamoDbMentionFetches implements MentionFetches {

    private final ComplaintTable table;
    private final Keys.TenantKeys keys;

    public DynamoDbMentionFetches(ComplaintTable table) {
        this.table = table;
        this.keys = table.tenantKeys(DynamoDbMentionFetches.class);
    }

    /** The due index holds keys only; each due pointer is then read whole (a fetch is one small item). */
    @Override
    public List<PendingFetch> due(Instant now, int limit) {
        return DueEntry.dueBy(table, keys.fetchPartition(), now, limit)
                .map(entry -> table.client.getItem(request -> request.tableName(table.name).key(entry.key())))
                .filter(GetItemResponse::hasItem)
                .map(found -> MentionFetchItem.SCHEMA.mapToItem(found.item()).toPendingFetch())
                .toList();
    }

    @Override
    public void retryAt(PendingFetch fetch, Instant at) {
        var tx = table.transaction();
        tx.update(keys.mentionFetch(fetch.complaintId()), Keys.FETCH_SK,
                new Expression("SET #order = :order, attempts = :attempts", Map.of("#order", Keys.DUE_SK),
                        Map.of(":order", AttributeValue.fromS(Keys.due(at, fetch.complaintId().value())),
                                ":attempts", AttributeValue.fromN(Integer.toString(fetch.attempts() + 1)))),
                Condition.of("attribute_exists(PK)"));
        tx.commit();
    }

    @Override
    public CompletionResult complete(PendingFetch fetch, Complaint before, Complaint after, ReporterMessage opening,
                                     TimelineEvent event) {
        var tx = table.transaction();
        int state = StateUpdate.add(keys, tx, before, after, List.of("text", Keys.SEARCH_TEXT, Keys.MASKED_SEARCH_TEXT));
        tx.update(keys.complaint(after.id()), Keys.message(opening.sentAt(), opening.instagramId()),
                new Expression("SET #text = :text", Map.of("#text", "text"),
                        Map.of(":text", AttributeValue.fromS(opening.text()))),
                Condition.of("attribute_exists(PK)"));
        tx.put(EventItem.SCHEMA, ItemMapping.toItem(keys, after.id(), event), null);
        tx.delete(keys.mentionFetch(fetch.complaintId()), Keys.FETCH_SK, null);
        var failure = tx.commit();
        if (failure.isEmpty()) {
            return new CompletionResult.Completed();
        }
        if (failure.get().index() == state) {
            return new Superseded();
        }
        throw new IllegalStateException("the mentioned complaint's opening message is missing: " + after.id());
    }

    @Override
    public void abandon(PendingFetch fetch, TimelineEvent event) {
        var tx = table.transaction();
        tx.put(EventItem.SCHEMA, ItemMapping.toItem(keys, fetch.complaintId(), event), null);
        tx.delete(keys.mentionFetch(fetch.complaintId()), Keys.FETCH_SK, null);
        tx.commit();
    }
}

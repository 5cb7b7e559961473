package id.aduan.adapters.dynamodb;

import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.ComplaintDetail;
import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.complaint.ComplaintStore;
import id.aduan.core.complaint.ReporterMessage;
import id.aduan.core.complaint.TimelineEvent;
import id.aduan.core.complaint.TrackingCode;
import id.aduan.core.desk.ComplaintChanges;
import id.aduan.core.kernel.Status;
import id.aduan.core.workflow.ChangeResult;
import id.aduan.core.workflow.ComplaintChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * Reads complaints and writes what staff change: a complaint, its messages and its timeline share a
 * partition, so one Query loads all; a change is one transaction.
 */
public final class DynamoDbComplaintStore implements ComplaintStore, ComplaintChanges {

    /** A complaint that still takes follow-ups: events may be linked to it. */
    private static final Transaction.Condition OPEN = new Transaction.Condition(
            "attribute_exists(PK) AND NOT (#status IN (:closed, :rejected))", Map.of("#status", "status"),
            Map.of(":closed", AttributeValue.fromS(Status.CLOSED.name()),
                    ":rejected", AttributeValue.fromS(Status.REJECTED.name())));

    private final ComplaintTable table;
    private final Keys.TenantKeys keys;

    public DynamoDbComplaintStore(ComplaintTable table) {
        this.table = table;
        this.keys = table.tenantKeys(DynamoDbComplaintStore.class);
    }

    @Override
    public Optional<ComplaintDetail> load(ComplaintId id) {
        Complaint complaint = null;
        var messages = new ArrayList<ReporterMessage>();
        var timeline = new ArrayList<TimelineEvent>();
        var request = QueryRequest.builder()
                .tableName(table.name)
                .keyConditionExpression("PK = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(keys.complaint(id))))
                .consistentRead(true)
                .build();
        for (var page : table.client.queryPaginator(request)) {
            for (Map<String, AttributeValue> item : page.items()) {
                var sk = item.get(Keys.SK).s();
                if (sk.equals(Keys.COMPLAINT_SK)) {
                    complaint = ItemMapping.toComplaint(ComplaintItem.SCHEMA.mapToItem(item));
                } else if (Keys.isMessage(sk)) {
                    messages.add(ItemMapping.toMessage(MessageItem.SCHEMA.mapToItem(item)));
                } else if (Keys.isEvent(sk)) {
                    timeline.add(ItemMapping.toEvent(EventItem.SCHEMA.mapToItem(item)));
                }
            }
        }
        return complaint == null ? Optional.empty() : Optional.of(new ComplaintDetail(complaint, messages, timeline));
    }

    @Override
    public Optional<Complaint> find(ComplaintId id) {
        return table.item(ComplaintItem.SCHEMA, keys.complaint(id), Keys.COMPLAINT_SK, false).map(ItemMapping::toComplaint);
    }

    @Override
    public ChangeResult apply(ComplaintChange change) {
        var after = change.after();
        var tx = table.transaction();
        int state = StateUpdate.add(keys, tx, change.before(), after);
        for (TimelineEvent event : change.events()) {
            tx.put(EventItem.SCHEMA, ItemMapping.toItem(keys, after, event), Transaction.Condition.ITEM_ABSENT);
        }
        change.confirmedRouting().ifPresent(example ->
                tx.put(ConfirmedRoutingItem.SCHEMA, ConfirmedRoutingItem.of(keys, example), null));
        int linked = change.linked().map(link -> {
            int check = tx.check(keys.complaint(link.complaint()), Keys.COMPLAINT_SK, OPEN);
            tx.put(EventItem.SCHEMA, ItemMapping.toItem(keys, link.complaint(), link.event()), Transaction.Condition.ITEM_ABSENT);
            return check;
        }).orElse(-1);
        var failure = tx.commit();
        if (failure.isEmpty()) {
            return new ChangeResult.Applied();
        }
        int failed = failure.get().index();
        if (failed == linked) {
            return new ChangeResult.LinkedComplaintClosed(change.linked().orElseThrow().complaint());
        }
        if (failed != state) {
            throw new IllegalStateException("timeline event of " + after.id() + " written twice");
        }
        var current = failure.get().item().get("version");
        return current == null ? new ChangeResult.NotFound() : new ChangeResult.StaleVersion(Long.parseLong(current.n()));
    }

    @Override
    public List<Complaint> newest(Status status, int limit) {
        return BoundedQuery.newestOf(table, BoundedQuery.Index.BY_STATUS, keys.statusQueue(status.name()), limit,
                        ComplaintItem.SCHEMA::mapToItem)
                .map(ItemMapping::toComplaint)
                .toList();
    }

    @Override
    public Optional<ComplaintId> findByTrackingCode(TrackingCode code) {
        return table.item(LinkItem.SCHEMA, keys.trackingCode(code.value()), Keys.CODE_SK, false)
                .map(link -> new ComplaintId(link.complaintId));
    }
}

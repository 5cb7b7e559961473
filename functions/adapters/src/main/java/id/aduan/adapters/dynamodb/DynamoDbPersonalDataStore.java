package id.aduan.adapters.dynamodb;

import id.aduan.core.complaint.Actor;
import id.aduan.core.complaint.Channel;
import id.aduan.core.complaint.ComplaintDetail;
import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.complaint.ConversationKey;
import id.aduan.core.complaint.PersonalDataErasure;
import id.aduan.core.complaint.ReporterMessage;
import id.aduan.core.complaint.TimelineEvent;
import id.aduan.core.erasure.PersonalDataStore;
import id.aduan.core.kernel.ConcurrentChangeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Erasure in the table. A citizen's complaints are found in the sparse ByReporter index, closed
 * complaints in the due index's {@code <t>#ERASE} partition (by when they were closed), never by a Scan.
 * Erasing writes the messages and timeline events that change, then takes the reporter from every other
 * item of theirs the complaint led to (Instagram claims, queued replies, the DM conversation, a mention
 * still to fetch, the routing examples the learner keeps), and last, in one transaction with the record
 * of the erasure, the complaint itself: until that write the complaint is still found, so a run cut short
 * is finished by the next one. The ByStatus, ByUnit, ByAssignee and ByPeriod indexes copy the complaint
 * and follow it.
 */
public final class DynamoDbPersonalDataStore implements PersonalDataStore {

    /** Attributes only ingestion writes that hold the reporter's text or what was derived from it. */
    private static final List<String> TEXT_AND_ITS_TRACES = List.of("text", "media", Keys.SEARCH_TEXT,
            Keys.MASKED_SEARCH_TEXT, "signature", "places", "threadKey", Keys.DUPLICATES_PK, Keys.DUPLICATES_SK);
    private static final AttributeValue MARKER = AttributeValue.fromS(PersonalDataErasure.MARKER);

    private final ComplaintTable table;
    private final Keys.TenantKeys keys;
    private final DynamoDbComplaintStore complaints;

    public DynamoDbPersonalDataStore(ComplaintTable table) {
        this.table = table;
        this.keys = table.tenantKeys(DynamoDbPersonalDataStore.class);
        this.complaints = new DynamoDbComplaintStore(table);
    }

    @Override
    public List<ComplaintId> reportedBy(String instagramUserId) {
        return complaintIds(QueryRequest.builder().tableName(table.name).indexName(Keys.BY_REPORTER_INDEX)
                .keyConditionExpression("#pk = :user")
                .expressionAttributeNames(Map.of("#pk", Keys.BY_REPORTER_PK))
                .expressionAttributeValues(Map.of(":user", AttributeValue.fromS(keys.reporter(instagramUserId))))
                .build(), Integer.MAX_VALUE);
    }

    @Override
    public List<ComplaintId> closedBefore(Instant cutoff, int limit) {
        return complaintIds(QueryRequest.builder().tableName(table.name).indexName(Keys.DUE_INDEX)
                .keyConditionExpression("#pk = :erase AND #sk < :cutoff")
                .expressionAttributeNames(Map.of("#pk", Keys.DUE_PK, "#sk", Keys.DUE_SK))
                .expressionAttributeValues(Map.of(":erase", AttributeValue.fromS(keys.erasurePartition()),
                        ":cutoff", AttributeValue.fromS(Keys.time(cutoff))))
                .limit(limit)
                .build(), limit);
    }

    private List<ComplaintId> complaintIds(QueryRequest request, int limit) {
        return table.client.queryPaginator(request).items().stream()
                .limit(limit)
                .map(item -> keys.complaintOf(item.get(Keys.PK).s()))
                .distinct()
                .toList();
    }

    @Override
    public Optional<ComplaintDetail> load(ComplaintId id) {
        return complaints.load(id);
    }

    @Override
    public void closedAt(ComplaintId id, Instant closedAt) {
        try {
            table.client.updateItem(UpdateItemRequest.builder().tableName(table.name)
                    .key(key(keys.complaint(id), Keys.COMPLAINT_SK))
                    .updateExpression("SET #sk = :closedAt")
                    .conditionExpression("#pk = :erase")
                    .expressionAttributeNames(Map.of("#pk", Keys.DUE_PK, "#sk", Keys.DUE_SK))
                    .expressionAttributeValues(Map.of(":erase", AttributeValue.fromS(keys.erasurePartition()),
                            ":closedAt", AttributeValue.fromS(Keys.due(closedAt, id.value()))))
                    .build());
        } catch (ConditionalCheckFailedException e) {
            // Reopened or erased meanwhile: no longer waiting in the erasure partition.
        }
    }

    @Override
    public void erase(ComplaintDetail before, ComplaintDetail erased, TimelineEvent record) {
        var id = before.complaint().id();
        for (int i = 0; i < before.messages().size(); i++) {
            if (!before.messages().get(i).equals(erased.messages().get(i))) {
                eraseMessage(id, erased.messages().get(i));
            }
        }
        for (int i = 0; i < before.timeline().size(); i++) {
            if (!before.timeline().get(i).equals(erased.timeline().get(i))) {
                eraseEvent(id, erased.timeline().get(i));
            }
        }
        eraseTraces(before);
        var tx = table.transaction();
        int state = StateUpdate.add(keys, tx, before.complaint(), erased.complaint(), TEXT_AND_ITS_TRACES);
        tx.put(EventItem.SCHEMA, ItemMapping.toItem(keys, id, record), Transaction.Condition.ITEM_ABSENT);
        var failure = tx.commit();
        if (failure.isPresent()) {
            if (failure.get().index() == state) {
                throw new ConcurrentChangeException("complaint " + id.value() + " changed while it was erased");
            }
            throw new IllegalStateException("erasure of " + id.value() + " recorded twice");
        }
    }

    private void eraseMessage(ComplaintId id, ReporterMessage message) {
        update(keys.complaint(id), Keys.message(message.sentAt(), message.instagramId()),
                "SET #text = :marker REMOVE #media", Map.of("#text", "text", "#media", "media"), Map.of());
    }

    /** Only the texts change: the event's key, time, actor, type and its place in the month index stay. */
    private void eraseEvent(ComplaintId id, TimelineEvent event) {
        var names = new HashMap<String, String>(Map.of("#details", "details"));
        var values = new HashMap<String, AttributeValue>();
        var set = new ArrayList<String>();
        var details = new HashMap<String, AttributeValue>();
        event.details().forEach((k, v) -> details.put(k, AttributeValue.fromS(v)));
        if (!details.isEmpty()) {
            set.add("#details = :details");
            values.put(":details", AttributeValue.fromM(details));
        }
        if (event.reason() != null) {
            names.put("#reason", "reason");
            set.add("#reason = :reason");
            values.put(":reason", AttributeValue.fromS(event.reason()));
        }
        var expression = (set.isEmpty() ? "" : "SET " + String.join(", ", set)) + (details.isEmpty() ? " REMOVE #details" : "");
        update(keys.complaint(id), Keys.event(event.at(), event.key()), expression.trim(), names, values);
    }

    /** What the complaint led the store to keep elsewhere about its reporter. */
    private void eraseTraces(ComplaintDetail detail) {
        var complaint = detail.complaint();
        var claimKeys = new LinkedHashSet<String>();
        detail.messages().forEach(message -> claimKeys.add(message.instagramId()));
        detail.timeline().forEach(event -> claimKeys.add(event.key()));
        for (String claimKey : claimKeys) {
            update(keys.claim(claimKey), Keys.CLAIM_SK, "REMOVE #reporterId, #pendingText",
                    Map.of("#reporterId", "reporterId", "#pendingText", "pendingText"), Map.of());
        }
        for (Map<String, AttributeValue> reply : replies(complaint.id())) {
            update(keys.complaint(complaint.id()), reply.get(Keys.SK).s(), "SET #target = :marker, #conversation = :marker",
                    Map.of("#target", "target", "#conversation", "conversation"), Map.of());
        }
        if (complaint.channel() == Channel.DM && complaint.reporter().isKnown()) {
            var conversation = keys.conversation(ConversationKey.directMessages(complaint.account(),
                    complaint.reporter().instagramId()));
            try {
                table.client.deleteItem(request -> request.tableName(table.name)
                        .key(key(conversation, Keys.CONVERSATION_SK))
                        .conditionExpression("complaintId = :id")
                        .expressionAttributeValues(Map.of(":id", AttributeValue.fromS(complaint.id().value()))));
            } catch (ConditionalCheckFailedException e) {
                // The conversation has gone on to a newer complaint, which its own erasure handles.
            }
        }
        table.client.deleteItem(request -> request.tableName(table.name)
                .key(key(keys.mentionFetch(complaint.id()), Keys.FETCH_SK)));
        detail.timeline().stream()
                .filter(event -> event.actor().kind() == Actor.Kind.STAFF)
                .map(TimelineEvent::at)
                .distinct()
                .forEach(at -> table.client.deleteItem(request -> request.tableName(table.name)
                        .key(key(keys.learningDay(LocalDate.ofInstant(at, ZoneOffset.UTC)),
                                Keys.confirmedRouting(at, complaint.id())))));
    }

    private List<Map<String, AttributeValue>> replies(ComplaintId id) {
        return table.client.queryPaginator(QueryRequest.builder().tableName(table.name)
                        .keyConditionExpression("PK = :pk AND begins_with(SK, :replies)")
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(keys.complaint(id)),
                                ":replies", AttributeValue.fromS(Keys.reply(""))))
                        .build())
                .items().stream().toList();
    }

    /** Updates the item when it exists; a trace that was never written, or is gone, is no error. */
    private void update(String pk, String sk, String expression, Map<String, String> names,
                        Map<String, AttributeValue> values) {
        var allValues = new HashMap<>(values);
        if (expression.contains(":marker")) {
            allValues.put(":marker", MARKER);
        }
        try {
            table.client.updateItem(UpdateItemRequest.builder().tableName(table.name)
                    .key(key(pk, sk))
                    .updateExpression(expression)
                    .conditionExpression("attribute_exists(PK)")
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(allValues.isEmpty() ? null : allValues)
                    .build());
        } catch (ConditionalCheckFailedException e) {
            // Nothing to erase there.
        }
    }

    private static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of(Keys.PK, AttributeValue.fromS(pk), Keys.SK, AttributeValue.fromS(sk));
    }
}

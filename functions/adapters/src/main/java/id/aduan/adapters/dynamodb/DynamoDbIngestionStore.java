package id.aduan.adapters.dynamodb;

import id.aduan.adapters.dynamodb.Transaction.Condition;
import id.aduan.adapters.dynamodb.Transaction.Expression;
import id.aduan.adapters.observability.LogContext;
import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.complaint.ReporterMessage;
import id.aduan.core.complaint.TimelineEvent;
import id.aduan.core.ingest.AttachResult;
import id.aduan.core.ingest.ClaimTaken;
import id.aduan.core.ingest.ComplaintOpening;
import id.aduan.core.ingest.EchoResult;
import id.aduan.core.ingest.FollowUp;
import id.aduan.core.ingest.FollowUpAttachment;
import id.aduan.core.ingest.HoldResult;
import id.aduan.core.ingest.IngestionLookup;
import id.aduan.core.ingest.MessageChangeResult;
import id.aduan.core.ingest.MessageChanges;
import id.aduan.core.ingest.NewComplaint;
import id.aduan.core.ingest.ObjectClaim;
import id.aduan.core.ingest.OpenResult;
import id.aduan.core.ingest.PendingChange;
import id.aduan.core.ingest.ReplyEchoes;
import id.aduan.core.ingest.ResponseRecording;
import id.aduan.core.ingest.ResponseResult;
import id.aduan.core.ingest.Superseded;
import id.aduan.core.kernel.Status;
import id.aduan.core.reply.AwaitedReply;
import id.aduan.core.reply.ReplyMethod;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Takes complaints in with one transaction per Instagram change: the claim of the object and every
 * item the change writes commit together or not at all, so a crash half-way loses nothing and a
 * redelivery finds the claim and changes nothing. Each write's result says which condition failed, read
 * from the item the transaction met, without a second read.
 */
public final class DynamoDbIngestionStore implements IngestionLookup, ComplaintOpening, FollowUpAttachment,
        ResponseRecording, MessageChanges, ReplyEchoes {

    /** A placeholder whose message never arrives is dropped after Meta's retry horizon, with margin. */
    private static final Duration PLACEHOLDER_LIFETIME = Duration.ofDays(30);

    /** Statuses in which the reporter's message may move the complaint: such an attach reads it first. */
    private static final Set<Status> AWAITS_REPORTER = EnumSet.of(Status.NEEDS_INFO, Status.RESOLVED);
    private static final Condition TAKES_PLAIN_FOLLOW_UPS = new Condition(
            "attribute_exists(PK) AND NOT (#status IN (:closed, :rejected, :needsInfo, :resolved))",
            Map.of("#status", "status"),
            Map.of(":closed", AttributeValue.fromS(Status.CLOSED.name()),
                    ":rejected", AttributeValue.fromS(Status.REJECTED.name()),
                    ":needsInfo", AttributeValue.fromS(Status.NEEDS_INFO.name()),
                    ":resolved", AttributeValue.fromS(Status.RESOLVED.name())));

    private final ComplaintTable table;
    private final Keys.TenantKeys keys;
    private final Clock clock;

    public DynamoDbIngestionStore(ComplaintTable table, Clock clock) {
        this.table = table;
        this.keys = table.tenantKeys(DynamoDbIngestionStore.class);
        this.clock = clock;
    }

    /**
     * Sends a transaction whose only write is conditioned on an item that never exists, so it always
     * fails and writes nothing: it warms the transaction path before a SnapStart snapshot.
     */
    public void rehearseWrite() {
        var tx = table.transaction();
        tx.put(LinkItem.SCHEMA, LinkItem.of("PRIMING", "PRIMING", "none"), Condition.of("attribute_exists(PK)"));
        if (tx.commit().isEmpty()) {
            throw new IllegalStateException("the rehearsal transaction must not apply");
        }
    }

    @Override
    public Optional<ObjectClaim> findClaim(String claimKey) {
        var item = table.item(ClaimItem.SCHEMA, keys.claim(claimKey), Keys.CLAIM_SK, false);
        item.filter(claim -> claim.complaintId != null)
                .ifPresent(claim -> LogContext.joinComplaint(claim.complaintId, claim.correlationId));
        return item.map(claim -> ItemMapping.toClaim(keys, claim));
    }

    @Override
    public Optional<ComplaintId> findConversation(String conversationKey) {
        var link = table.item(LinkItem.SCHEMA, keys.conversation(conversationKey), Keys.CONVERSATION_SK, false);
        link.ifPresent(found -> LogContext.joinComplaint(found.complaintId, found.correlationId));
        return link.map(found -> new ComplaintId(found.complaintId));
    }

    @Override
    public OpenResult open(NewComplaint candidate) {
        var complaint = candidate.complaint();
        var tx = table.transaction();
        int claim = tx.put(ClaimItem.SCHEMA, claimOf(candidate.claimKey(), complaint.id(),
                complaint.reporter().instagramId(), candidate.opening(), true, LogContext.deliveryId().orElse(null)),
                claimCondition(candidate.replacing()));
        tx.put(ComplaintItem.SCHEMA, ItemMapping.toItem(keys, complaint, candidate.features()), null);
        tx.put(MessageItem.SCHEMA, ItemMapping.toItem(keys, complaint.id(), candidate.opening()), null);
        for (TimelineEvent event : candidate.events()) {
            tx.put(EventItem.SCHEMA, ItemMapping.toItem(keys, complaint.id(), event), null);
        }
        int code = tx.put(LinkItem.SCHEMA, LinkItem.of(keys.trackingCode(complaint.trackingCode().value()),
                Keys.CODE_SK, complaint.id().value()), Condition.ITEM_ABSENT);
        if (complaint.contentPending()) {
            tx.put(MentionFetchItem.SCHEMA, MentionFetchItem.of(keys, complaint, candidate.opening()), null);
        }
        int conversation = -1;
        if (candidate.conversationKey() != null) {
            var link = LinkItem.of(keys.conversation(candidate.conversationKey()), Keys.CONVERSATION_SK,
                    complaint.id().value());
            link.correlationId = LogContext.deliveryId().orElse(null);
            conversation = tx.put(LinkItem.SCHEMA, link, conversationCondition(candidate.supersedes()));
        }
        var failedAt = new HashMap<Integer, Function<Map<String, AttributeValue>, OpenResult>>();
        failedAt.put(claim, this::claimTaken);
        failedAt.put(code, item -> new OpenResult.TrackingCodeTaken());
        if (conversation >= 0) {
            failedAt.put(conversation, item -> new OpenResult.ConversationMoved(
                    item.containsKey("complaintId") ? new ComplaintId(item.get("complaintId").s()) : null));
        }
        var result = commit(tx, new OpenResult.Opened(), failedAt);
        if (result instanceof OpenResult.Opened) {
            LogContext.joinComplaint(complaint.id().value(), LogContext.deliveryId().orElse(null));
        }
        return result;
    }

    @Override
    public AttachResult attach(FollowUp followUp) {
        var complaintId = followUp.complaintId();
        var message = followUp.message();
        var tx = table.transaction();
        int claim = tx.put(ClaimItem.SCHEMA, claimOf(followUp.claimKey(), complaintId, followUp.reporterId(), message,
                false, LogContext.correlationId().orElse(null)), claimCondition(followUp.replacing()));
        int complaint = followUp.readAt() == null
                ? tx.update(keys.complaint(complaintId), Keys.COMPLAINT_SK, messageArrived(message),
                        TAKES_PLAIN_FOLLOW_UPS)
                : tx.update(keys.complaint(complaintId), Keys.COMPLAINT_SK, followUp.statusChange() == null
                        ? messageArrived(message)
                        : StateUpdate.withMessage(keys, followUp.readAt(), followUp.statusChange().after(), message.sentAt()),
                        StateUpdate.readAt(followUp.readAt()));
        tx.put(MessageItem.SCHEMA, ItemMapping.toItem(keys, complaintId, message), null);
        tx.put(EventItem.SCHEMA, ItemMapping.toItem(keys, complaintId, followUp.event()), null);
        if (followUp.statusChange() != null) {
            for (TimelineEvent event : followUp.statusChange().events()) {
                tx.put(EventItem.SCHEMA, ItemMapping.toItem(keys, followUp.statusChange().after(), event), null);
            }
        }
        return DynamoDbIngestionStore.<AttachResult>commit(tx, new AttachResult.Attached(),
                Map.of(claim, this::claimTaken,
                        complaint, item -> followUp.readAt() == null ? notTaken(item) : new Superseded()));
    }

    private static Expression messageArrived(ReporterMessage message) {
        return new Expression("SET lastMessageAt = :at ADD messageCount :one", Map.of(),
                Map.of(":at", AttributeValue.fromS(Keys.time(message.sentAt())), ":one", AttributeValue.fromN("1")));
    }

    /** Why a plain attach was refused: the complaint is gone or final, or it waits for the reporter. */
    private static AttachResult notTaken(Map<String, AttributeValue> item) {
        var status = item.get("status");
        if (status != null && AWAITS_REPORTER.contains(Status.valueOf(status.s()))) {
            return new AttachResult.ComplaintAwaitsReporter(
                    ItemMapping.toComplaint(ComplaintItem.SCHEMA.mapToItem(item)));
        }
        return new AttachResult.ComplaintNotOpen();
    }

    @Override
    public Optional<Complaint> findComplaint(ComplaintId id) {
        return table.item(ComplaintItem.SCHEMA, keys.complaint(id), Keys.COMPLAINT_SK, false).map(ItemMapping::toComplaint);
    }

    @Override
    public ResponseResult recordResponse(Complaint before, Complaint after, String claimKey, TimelineEvent event) {
        var tx = table.transaction();
        var claim = new ClaimItem();
        claim.pk = keys.claim(claimKey);
        claim.sk = Keys.CLAIM_SK;
        claim.complaintId = after.id().value();
        int claimWrite = tx.put(ClaimItem.SCHEMA, claim, Condition.ITEM_ABSENT);
        int state = StateUpdate.add(keys, tx, before, after);
        tx.put(EventItem.SCHEMA, ItemMapping.toItem(keys, after.id(), event), null);
        return DynamoDbIngestionStore.<ResponseResult>commit(tx, new ResponseResult.Recorded(),
                Map.of(claimWrite, this::claimTaken, state, item -> new Superseded()));
    }

    @Override
    public Optional<ReporterMessage> findMessage(ComplaintId id, String messageId, Instant sentAt) {
        return table.item(MessageItem.SCHEMA, keys.complaint(id), Keys.message(sentAt, messageId), false)
                .map(ItemMapping::toMessage);
    }

    @Override
    public MessageChangeResult changeMessage(ComplaintId id, ReporterMessage before, ReporterMessage after,
                                             boolean opening, TimelineEvent event) {
        var tx = table.transaction();
        tx.update(keys.complaint(id), Keys.message(before.sentAt(), before.instagramId()),
                new Expression("SET #text = :text, editCount = :edits, unsent = :unsent", Map.of("#text", "text"),
                        Map.of(":text", nullableString(after.text()),
                                ":edits", AttributeValue.fromN(Integer.toString(after.editCount())),
                                ":unsent", AttributeValue.fromBool(after.unsent()))),
                new Condition("editCount = :beforeEdits AND unsent = :beforeUnsent", Map.of(),
                        Map.of(":beforeEdits", AttributeValue.fromN(Integer.toString(before.editCount())),
                                ":beforeUnsent", AttributeValue.fromBool(before.unsent()))));
        if (opening && !Objects.equals(before.text(), after.text())) {
            tx.update(keys.complaint(id), Keys.COMPLAINT_SK,
                    new Expression("SET #text = :text, #search = :search, #masked = :masked", Map.of("#text", "text",
                            "#search", Keys.SEARCH_TEXT, "#masked", Keys.MASKED_SEARCH_TEXT),
                            Map.of(":text", nullableString(after.text()),
                                    ":search", nullableString(Keys.searchText(after.text())),
                                    ":masked", nullableString(Keys.maskedSearchText(after.text())))),
                    Condition.of("attribute_exists(PK)"));
        }
        tx.put(EventItem.SCHEMA, ItemMapping.toItem(keys, id, event), Condition.ITEM_ABSENT);
        return tx.commit().isEmpty() ? new MessageChangeResult.Changed() : new Superseded();
    }

    @Override
    public HoldResult holdPending(String claimKey, PendingChange merged, PendingChange expected) {
        var item = new ClaimItem();
        item.pk = keys.claim(claimKey);
        item.sk = Keys.CLAIM_SK;
        item.pendingText = merged.text();
        item.pendingEditNumber = merged.editNumber();
        item.pendingUnsent = merged.unsent();
        item.pendingAt = Keys.time(merged.at());
        item.expiresAt = clock.instant().plus(PLACEHOLDER_LIFETIME).getEpochSecond();
        var tx = table.transaction();
        int claim = tx.put(ClaimItem.SCHEMA, item, expected == null ? Condition.ITEM_ABSENT : pendingMatches(expected));
        return DynamoDbIngestionStore.<HoldResult>commit(tx, new HoldResult.Held(),
                Map.of(claim, this::claimTaken));
    }

    @Override
    public List<AwaitedReply> awaitedReplies(String conversationKey) {
        return table.partition(keys.awaitedEcho(conversationKey))
                .map(ReplyItem.SCHEMA::mapToItem)
                .map(item -> new AwaitedReply(item.conversation, item.replyId, new ComplaintId(item.complaintId),
                        ReplyMethod.valueOf(item.method), item.target, item.fingerprint))
                .toList();
    }

    @Override
    public EchoResult confirmReply(AwaitedReply reply, String instagramId, Complaint before, Complaint after,
                                    TimelineEvent event) {
        var tx = table.transaction();
        var writes = SentReplyWrites.add(keys, tx, reply.complaintId(), reply.replyId(), reply.conversation(), instagramId,
                before, after, event);
        var failure = tx.commit();
        if (failure.isEmpty()) {
            return new EchoResult.Confirmed();
        }
        // Any other failed condition (the reply, the complaint) means they changed since they were read.
        return failure.get().index() == writes.claim() ? claimTaken(failure.get().item()) : new Superseded();
    }

    private ClaimItem claimOf(String claimKey, ComplaintId complaint, String reporterId,
                                     ReporterMessage message, boolean opening, String correlationId) {
        var item = new ClaimItem();
        item.pk = keys.claim(claimKey);
        item.sk = Keys.CLAIM_SK;
        item.complaintId = complaint.value();
        item.reporterId = reporterId == null || reporterId.isEmpty() ? null : reporterId;
        item.messageSentAt = Keys.time(message.sentAt());
        item.opening = opening;
        item.correlationId = correlationId;
        return item;
    }

    /** A claim is new, or replaces exactly the placeholder that was read. */
    private static Condition claimCondition(ObjectClaim replacing) {
        return replacing == null ? Condition.ITEM_ABSENT : pendingMatches(replacing.pending());
    }

    private static Condition pendingMatches(PendingChange pending) {
        return new Condition("pendingEditNumber = :pendingEdit AND pendingUnsent = :pendingUnsent", Map.of(),
                Map.of(":pendingEdit", AttributeValue.fromN(Integer.toString(pending.editNumber())),
                        ":pendingUnsent", AttributeValue.fromBool(pending.unsent())));
    }

    private static Condition conversationCondition(ComplaintId supersedes) {
        return supersedes == null
                ? Condition.ITEM_ABSENT
                : new Condition("complaintId = :previous", Map.of(),
                        Map.of(":previous", AttributeValue.fromS(supersedes.value())));
    }

    /**
     * Commits; the result is {@code applied}, or the one {@code failedAt} gives for the write whose condition
     * failed (by its position), read from the item it met. A write without a condition cannot fail one.
     */
    private static <R> R commit(Transaction tx, R applied,
                                Map<Integer, Function<Map<String, AttributeValue>, R>> failedAt) {
        var failure = tx.commit();
        if (failure.isEmpty()) {
            return applied;
        }
        var result = failedAt.get(failure.get().index());
        if (result == null) {
            throw new IllegalStateException("unexpected failed condition at write " + failure.get().index());
        }
        return result.apply(failure.get().item());
    }

    private ClaimTaken claimTaken(Map<String, AttributeValue> item) {
        return new ClaimTaken(ItemMapping.toClaim(keys, ClaimItem.SCHEMA.mapToItem(item)));
    }

    private static AttributeValue nullableString(String value) {
        return value == null ? AttributeValue.fromNul(true) : AttributeValue.fromS(value);
    }
}

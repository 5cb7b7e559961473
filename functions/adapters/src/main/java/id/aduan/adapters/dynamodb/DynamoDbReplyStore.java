package id.aduan.adapters.dynamodb;

import id.aduan.adapters.dynamodb.Transaction.Condition;
import id.aduan.adapters.dynamodb.Transaction.Expression;
import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.complaint.TimelineEvent;
import id.aduan.core.reply.OutgoingReply;
import id.aduan.core.reply.ReplyClaim;
import id.aduan.core.reply.ReplyState;
import id.aduan.core.reply.ReplyStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * The reply sender's records in the complaints table. A reply's record lives in its complaint's
 * partition, next to its timeline; while its echo is awaited, a pointer in the echo's conversation
 * ({@code <t>#AWAIT#…}) lets the webhook find it with one Query.
 */
public final class DynamoDbReplyStore implements ReplyStore {

    /** An awaited echo that never comes is forgotten after Meta's retry horizon, with a wide margin. */
    private static final Duration AWAIT_LIFETIME = Duration.ofDays(30);
    /** A pause item outlives its pause a little, for whoever looks at why sending stopped. */
    private static final Duration PAUSE_KEPT = Duration.ofDays(1);

    private final ComplaintTable table;
    private final Keys.TenantKeys keys;
    private final Clock clock;

    public DynamoDbReplyStore(ComplaintTable table, Clock clock) {
        this.table = table;
        this.keys = table.tenantKeys(DynamoDbReplyStore.class);
        this.clock = clock;
    }

    @Override
    public Optional<Instant> pausedUntil(String account) {
        var item = table.client.getItem(request -> request.tableName(table.name).consistentRead(true)
                .key(key(Keys.pause(account), Keys.PAUSE_SK)));
        return Optional.ofNullable(item.item().get("until")).map(until -> Keys.parseTime(until.s()));
    }

    @Override
    public void pauseUntil(String account, Instant until) {
        try {
            table.client.updateItem(request -> request.tableName(table.name)
                    .key(key(Keys.pause(account), Keys.PAUSE_SK))
                    .updateExpression("SET #until = :until, " + Keys.EXPIRES_AT + " = :expires")
                    .conditionExpression("attribute_not_exists(#until) OR #until < :until")
                    .expressionAttributeNames(Map.of("#until", "until"))
                    .expressionAttributeValues(Map.of(":until", AttributeValue.fromS(Keys.time(until)),
                            ":expires", AttributeValue.fromN(Long.toString(until.plus(PAUSE_KEPT).getEpochSecond())))));
        } catch (ConditionalCheckFailedException longerPauseRuns) {
            // Another attempt paused the account for longer: that pause stands.
        }
    }

    @Override
    public ReplyClaim claim(OutgoingReply reply, String owner, Instant now, Instant leaseUntil) {
        var fresh = new Condition("attribute_not_exists(PK) OR #state = :waiting", Map.of("#state", "state"),
                Map.of(":waiting", AttributeValue.fromS(ReplyState.WAITING.name())));
        var attempt = claimTransaction(reply, owner, leaseUntil, fresh);
        var failure = attempt.tx().commit();
        if (failure.isEmpty()) {
            return new ReplyClaim.Claimed();
        }
        if (failure.get().index() == attempt.privateReply()) {
            return new ReplyClaim.PrivateReplyUsed(failure.get().item().get("replyId").s());
        }
        var held = ReplyItem.SCHEMA.mapToItem(failure.get().item());
        var state = ReplyState.valueOf(held.state);
        if (state.isFinal()) {
            return new ReplyClaim.Finished(state);
        }
        var heldUntil = Keys.parseTime(held.leaseUntil);
        if (now.isBefore(heldUntil)) {
            return new ReplyClaim.InProgress(heldUntil);
        }
        var expired = new Condition("#state = :sending AND #owner = :previous",
                Map.of("#state", "state", "#owner", "owner"),
                Map.of(":sending", AttributeValue.fromS(ReplyState.SENDING.name()),
                        ":previous", AttributeValue.fromS(held.owner)));
        return claimTransaction(reply, owner, leaseUntil, expired).tx().commit().isEmpty()
                ? new ReplyClaim.Abandoned()
                : new ReplyClaim.InProgress(now);
    }

    private record ClaimAttempt(Transaction tx, int privateReply) {
    }

    private ClaimAttempt claimTransaction(OutgoingReply reply, String owner, Instant leaseUntil, Condition condition) {
        var tx = table.transaction();
        var record = describe(reply, keys.complaint(reply.complaintId()));
        record.state = ReplyState.SENDING.name();
        record.owner = owner;
        record.leaseUntil = Keys.time(leaseUntil);
        record.updatedAt = Keys.time(clock.instant());
        tx.put(ReplyItem.SCHEMA, record, condition);
        var awaited = describe(reply, keys.awaitedEcho(reply.echoConversation()));
        awaited.expiresAt = clock.instant().plus(AWAIT_LIFETIME).getEpochSecond();
        tx.put(ReplyItem.SCHEMA, awaited, null);
        int privateReply = -1;
        if (reply.usesPrivateReply()) {
            var used = new ReplyItem();
            used.pk = keys.complaint(reply.complaintId());
            used.sk = Keys.privateReply(reply.target());
            used.replyId = reply.replyId();
            privateReply = tx.put(ReplyItem.SCHEMA, used, heldBy(reply));
        }
        return new ClaimAttempt(tx, privateReply);
    }

    @Override
    public void release(OutgoingReply reply, String owner) {
        var tx = table.transaction();
        tx.update(keys.complaint(reply.complaintId()), Keys.reply(reply.replyId()),
                new Expression("SET #state = :waiting, updatedAt = :at REMOVE #owner, leaseUntil",
                        Map.of("#state", "state", "#owner", "owner"),
                        Map.of(":waiting", AttributeValue.fromS(ReplyState.WAITING.name()),
                                ":at", AttributeValue.fromS(Keys.time(clock.instant())))),
                ownedBy(owner));
        giveBack(tx, reply);
        tx.commit();
    }

    @Override
    public Recording recordSent(OutgoingReply reply, String instagramId, Complaint before, Complaint after,
                                TimelineEvent event) {
        var tx = table.transaction();
        var writes = SentReplyWrites.add(keys, tx, reply.complaintId(), reply.replyId(), reply.echoConversation(),
                instagramId, before, after, event);
        var failure = tx.commit();
        if (failure.isEmpty()) {
            return Recording.RECORDED;
        }
        return failure.get().index() == writes.state() ? Recording.COMPLAINT_CHANGED : Recording.ALREADY_RECORDED;
    }

    @Override
    public boolean recordFailed(OutgoingReply reply, String owner, TimelineEvent event) {
        var tx = table.transaction();
        tx.update(keys.complaint(reply.complaintId()), Keys.reply(reply.replyId()),
                finalState(ReplyState.FAILED, event), ownedBy(owner));
        giveBack(tx, reply);
        tx.put(EventItem.SCHEMA, ItemMapping.toItem(keys, reply.complaintId(), event), Condition.ITEM_ABSENT);
        return tx.commit().isEmpty();
    }

    @Override
    public boolean refuse(ComplaintId complaintId, String replyId, TimelineEvent event) {
        var record = new ReplyItem();
        record.pk = keys.complaint(complaintId);
        record.sk = Keys.reply(replyId);
        record.replyId = replyId;
        record.complaintId = complaintId.value();
        record.method = event.details().get("method");
        record.state = ReplyState.FAILED.name();
        record.updatedAt = Keys.time(event.at());
        var tx = table.transaction();
        tx.put(ReplyItem.SCHEMA, record, new Condition("attribute_not_exists(PK) OR #state = :waiting",
                Map.of("#state", "state"), Map.of(":waiting", AttributeValue.fromS(ReplyState.WAITING.name()))));
        tx.put(EventItem.SCHEMA, ItemMapping.toItem(keys, complaintId, event), Condition.ITEM_ABSENT);
        return tx.commit().isEmpty();
    }

    @Override
    public boolean recordUncertain(OutgoingReply reply, String owner, TimelineEvent event) {
        var tx = table.transaction();
        tx.update(keys.complaint(reply.complaintId()), Keys.reply(reply.replyId()),
                finalState(ReplyState.UNCERTAIN, event), ownedBy(owner));
        tx.put(EventItem.SCHEMA, ItemMapping.toItem(keys, reply.complaintId(), event), Condition.ITEM_ABSENT);
        return tx.commit().isEmpty();
    }

    private static ReplyItem describe(OutgoingReply reply, String pk) {
        var item = new ReplyItem();
        item.pk = pk;
        item.sk = Keys.reply(reply.replyId());
        item.replyId = reply.replyId();
        item.complaintId = reply.complaintId().value();
        item.method = reply.method().name();
        item.target = reply.target();
        item.conversation = reply.echoConversation();
        item.fingerprint = reply.fingerprint();
        return item;
    }

    /** What an attempt that did not send gives back: the awaited echo, and the comment's private reply. */
    private void giveBack(Transaction tx, OutgoingReply reply) {
        tx.delete(keys.awaitedEcho(reply.echoConversation()), Keys.reply(reply.replyId()), null);
        if (reply.usesPrivateReply()) {
            tx.delete(keys.complaint(reply.complaintId()), Keys.privateReply(reply.target()), heldBy(reply));
        }
    }

    private static Expression finalState(ReplyState state, TimelineEvent event) {
        return new Expression("SET #state = :final, updatedAt = :at REMOVE #owner, leaseUntil",
                Map.of("#state", "state", "#owner", "owner"),
                Map.of(":final", AttributeValue.fromS(state.name()), ":at", AttributeValue.fromS(Keys.time(event.at()))));
    }

    private static Condition ownedBy(String owner) {
        return new Condition("#state = :sending AND #owner = :owner", Map.of(),
                Map.of(":sending", AttributeValue.fromS(ReplyState.SENDING.name()), ":owner", AttributeValue.fromS(owner)));
    }

    private static Condition heldBy(OutgoingReply reply) {
        return new Condition("attribute_not_exists(PK) OR replyId = :replyId", Map.of(),
                Map.of(":replyId", AttributeValue.fromS(reply.replyId())));
    }

    private static Map<String, AttributeValue> key(String pk, String sk) {
        var key = new HashMap<String, AttributeValue>();
        key.put(Keys.PK, AttributeValue.fromS(pk));
        key.put(Keys.SK, AttributeValue.fromS(sk));
        return key;
    }
}

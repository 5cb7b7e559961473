package id.aduan.adapters.dynamodb;

import id.aduan.adapters.dynamodb.Transaction.Condition;
import id.aduan.adapters.dynamodb.Transaction.Expression;
import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.complaint.TimelineEvent;
import id.aduan.core.reply.ReplyState;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The writes that record a reply as sent, whoever learns it first: the sender from Instagram's answer,
 * or the webhook from the reply's echo. The Instagram id is claimed for the complaint, so that the other
 * one finds it taken and changes nothing.
 */
final class SentReplyWrites {

    /** Positions of the writes whose conditions can fail; {@code state} is -1 when the complaint is unchanged. */
    record Positions(int claim, int reply, int state) {
    }

    private SentReplyWrites() {
    }

    static Positions add(Keys.TenantKeys keys, Transaction tx, ComplaintId complaintId, String replyId, String conversation,
                         String instagramId, Complaint before, Complaint after, TimelineEvent event) {
        var claim = new ClaimItem();
        claim.pk = keys.claim(instagramId);
        claim.sk = Keys.CLAIM_SK;
        claim.complaintId = complaintId.value();
        int claimWrite = tx.put(ClaimItem.SCHEMA, claim, Condition.ITEM_ABSENT);
        int replyWrite = tx.update(keys.complaint(complaintId), Keys.reply(replyId),
                new Expression("SET #state = :sent, instagramId = :instagramId, updatedAt = :at REMOVE #owner, leaseUntil",
                        Map.of("#state", "state", "#owner", "owner"),
                        Map.of(":sent", AttributeValue.fromS(ReplyState.SENT.name()),
                                ":instagramId", AttributeValue.fromS(instagramId),
                                ":at", AttributeValue.fromS(Keys.time(event.at())))),
                new Condition("#state IN (:sending, :uncertain)", Map.of(),
                        Map.of(":sending", AttributeValue.fromS(ReplyState.SENDING.name()),
                                ":uncertain", AttributeValue.fromS(ReplyState.UNCERTAIN.name()))));
        tx.delete(keys.awaitedEcho(conversation), Keys.reply(replyId), null);
        int state = after == null ? -1 : StateUpdate.add(keys, tx, before, after);
        tx.put(EventItem.SCHEMA, ItemMapping.toItem(keys, complaintId, event), Condition.ITEM_ABSENT);
        return new Positions(claimWrite, replyWrite, state);
    }
}

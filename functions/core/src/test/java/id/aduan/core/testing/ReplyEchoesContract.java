package id.aduan.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.ConversationKey;
import id.aduan.core.complaint.TimelineEvent;
import id.aduan.core.ingest.ClaimTaken;
import id.aduan.core.ingest.EchoResult;
import id.aduan.core.ingest.Superseded;
import id.aduan.core.kernel.Priority;
import id.aduan.core.reply.AwaitedReply;
import id.aduan.core.reply.OutgoingReply;
import id.aduan.core.reply.ReplyMethod;
import id.aduan.core.reply.ReplyTimeline;
import java.time.Instant;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * {@link id.aduan.core.ingest.ReplyEchoes}: the echo of a reply Aduan sent without learning whether it went
 * out confirms that reply once, claims the echo's id, and writes over the complaint only as it was read.
 */
public abstract class ReplyEchoesContract extends StoreContract {

    private static final String TEXT = "Terima kasih, laporan Anda kami teruskan ke dinas terkait";

    protected ReplyEchoesContract(Supplier<Subject> subject) {
        super(subject);
    }

    @Test
    void aReplyLeftUncertainAwaitsItsEchoInItsConversation() {
        var complaint = opened(newComplaint(RECEIVED));
        var reply = uncertainReplyTo(complaint);

        assertThat(ingestion().echoes().awaitedReplies(reply.echoConversation())).containsExactly(new AwaitedReply(
                reply.echoConversation(), reply.replyId(), complaint.id(), reply.method(), reply.target(),
                reply.fingerprint()));
        assertThat(ingestion().echoes().awaitedReplies(reply.echoConversation() + "-other")).isEmpty();
    }

    @Test
    void theEchoConfirmsTheReplyClaimsItsIdAndAnswersTheComplaint() {
        var complaint = opened(newComplaint(RECEIVED));
        var reply = uncertainReplyTo(complaint);
        var echo = objectId();
        var at = RECEIVED.plusSeconds(600);
        var event = sent(reply, echo, at);

        var result = ingestion().echoes().confirmReply(awaited(reply), echo, complaint, complaint.answered(at, RULES),
                event);

        assertThat(result).isEqualTo(new EchoResult.Confirmed());
        assertThat(ingestion().echoes().awaitedReplies(reply.echoConversation())).isEmpty();
        assertThat(ingestion().lookup().findClaim(echo).orElseThrow().complaintId()).isEqualTo(complaint.id());
        var after = stored(complaint.id());
        assertThat(after.firstResponseAt()).isEqualTo(at);
        assertThat(after.revision()).isEqualTo(complaint.revision() + 1);
        assertThat(complaints().load(complaint.id()).orElseThrow().timeline()).extracting(TimelineEvent::type)
                .contains(TimelineEvent.Type.REPLY_SENT);
    }

    @Test
    void theSameEchoAgainFindsItsClaim() {
        var complaint = opened(newComplaint(RECEIVED));
        var reply = uncertainReplyTo(complaint);
        var awaited = awaited(reply);
        var echo = objectId();
        var at = RECEIVED.plusSeconds(600);
        ingestion().echoes().confirmReply(awaited, echo, complaint, complaint.answered(at, RULES),
                sent(reply, echo, at));
        var current = stored(complaint.id());

        var again = ingestion().echoes().confirmReply(awaited, echo, current, null, sent(reply, echo, at));

        assertThat(again).isInstanceOfSatisfying(ClaimTaken.class,
                taken -> assertThat(taken.existing().complaintId()).isEqualTo(complaint.id()));
        assertThat(stored(complaint.id()).revision()).isEqualTo(current.revision());
    }

    @Test
    void anotherEchoOfAReplyAlreadyConfirmedIsSupersededAndUnclaimed() {
        var complaint = opened(newComplaint(RECEIVED));
        var reply = uncertainReplyTo(complaint);
        var awaited = awaited(reply);
        var at = RECEIVED.plusSeconds(600);
        var first = objectId();
        ingestion().echoes().confirmReply(awaited, first, complaint, complaint.answered(at, RULES),
                sent(reply, first, at));
        var second = objectId();

        var result = ingestion().echoes().confirmReply(awaited, second, stored(complaint.id()), null,
                sent(reply, second, at.plusSeconds(1)));

        assertThat(result).isEqualTo(new Superseded());
        assertThat(ingestion().lookup().findClaim(second)).isEmpty();
    }

    @Test
    void anEchoThatAnswersAComplaintChangedSinceItWasReadIsSupersededAndTheReplyStillAwaited() {
        var complaint = opened(newComplaint(RECEIVED));
        var reply = uncertainReplyTo(complaint);
        rewritten(complaint, complaint.toBuilder().priority(Priority.HIGH).build());
        var echo = objectId();
        var at = RECEIVED.plusSeconds(600);

        var result = ingestion().echoes().confirmReply(awaited(reply), echo, complaint, complaint.answered(at, RULES),
                sent(reply, echo, at));

        assertThat(result).isEqualTo(new Superseded());
        assertThat(ingestion().lookup().findClaim(echo)).isEmpty();
        assertThat(ingestion().echoes().awaitedReplies(reply.echoConversation())).hasSize(1);
        assertThat(stored(complaint.id()).firstResponseAt()).isNull();
    }

    @Test
    void anEchoThatLeavesTheComplaintAsItIsConfirmsWhateverChangedMeanwhile() {
        var complaint = opened(newComplaint(RECEIVED));
        var reply = uncertainReplyTo(complaint);
        var changed = rewritten(complaint, complaint.toBuilder().priority(Priority.HIGH).build());
        var echo = objectId();

        var result = ingestion().echoes().confirmReply(awaited(reply), echo, complaint, null,
                sent(reply, echo, RECEIVED.plusSeconds(600)));

        assertThat(result).isEqualTo(new EchoResult.Confirmed());
        assertThat(stored(complaint.id())).isEqualTo(changed);
    }

    private OutgoingReply uncertainReplyTo(Complaint complaint) {
        var comment = complaint.replyTarget().instagramId();
        var reply = new OutgoingReply("r-" + objectId(), complaint.id(), ReplyMethod.PUBLIC_COMMENT_REPLY, comment,
                ConversationKey.commentThread(complaint.account(), comment), TEXT);
        uncertainReplies().leave(reply);
        return reply;
    }

    private AwaitedReply awaited(OutgoingReply reply) {
        return ingestion().echoes().awaitedReplies(reply.echoConversation()).getFirst();
    }

    private static TimelineEvent sent(OutgoingReply reply, String echo, Instant at) {
        return ReplyTimeline.sent(reply.replyId(), reply.method(), reply.target(), echo, at, "echo");
    }
}

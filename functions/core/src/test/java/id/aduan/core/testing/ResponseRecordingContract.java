package id.aduan.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.core.complaint.ReplyTarget;
import id.aduan.core.complaint.TimelineEvent;
import id.aduan.core.ingest.ClaimTaken;
import id.aduan.core.ingest.ResponseResult;
import id.aduan.core.ingest.Superseded;
import id.aduan.core.kernel.Priority;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * {@link id.aduan.core.ingest.ResponseRecording}: the team's answer on Instagram is recorded once, over the
 * complaint as read.
 */
public abstract class ResponseRecordingContract extends StoreContract {

    protected ResponseRecordingContract(Supplier<Subject> subject) {
        super(subject);
    }

    @Test
    void anAnswerStopsTheFirstResponseClockAndIsClaimed() {
        var complaint = opened(newComplaint(RECEIVED));
        var at = RECEIVED.plusSeconds(900);
        var answer = objectId();

        var result = ingestion().responses().recordResponse(complaint, complaint.answered(at, RULES), answer,
                TimelineEvent.respondedOnInstagram(answer, ReplyTarget.Kind.COMMENT, at));

        assertThat(result).isEqualTo(new ResponseResult.Recorded());
        var after = stored(complaint.id());
        assertThat(after.firstResponseAt()).isEqualTo(at);
        assertThat(after.revision()).isEqualTo(complaint.revision() + 1);
        assertThat(ingestion().lookup().findClaim(answer).orElseThrow().complaintId()).isEqualTo(complaint.id());
    }

    @Test
    void theSameAnswerAgainFindsItsClaim() {
        var complaint = opened(newComplaint(RECEIVED));
        var at = RECEIVED.plusSeconds(900);
        var answer = objectId();
        var event = TimelineEvent.respondedOnInstagram(answer, ReplyTarget.Kind.COMMENT, at);
        ingestion().responses().recordResponse(complaint, complaint.answered(at, RULES), answer, event);
        var current = stored(complaint.id());

        var again = ingestion().responses().recordResponse(current, current.answered(at, RULES), answer, event);

        assertThat(again).isInstanceOf(ClaimTaken.class);
        assertThat(stored(complaint.id()).revision()).isEqualTo(current.revision());
    }

    @Test
    void anAnswerOverAComplaintChangedSinceItWasReadIsSupersededAndUnclaimed() {
        var complaint = opened(newComplaint(RECEIVED));
        rewritten(complaint, complaint.toBuilder().priority(Priority.HIGH).build());
        var at = RECEIVED.plusSeconds(900);
        var answer = objectId();

        var result = ingestion().responses().recordResponse(complaint, complaint.answered(at, RULES), answer,
                TimelineEvent.respondedOnInstagram(answer, ReplyTarget.Kind.COMMENT, at));

        assertThat(result).isEqualTo(new Superseded());
        assertThat(ingestion().lookup().findClaim(answer)).isEmpty();
        assertThat(stored(complaint.id()).firstResponseAt()).isNull();
    }
}

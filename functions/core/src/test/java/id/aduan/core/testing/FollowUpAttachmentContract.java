package id.aduan.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.complaint.TimelineEvent;
import id.aduan.core.ingest.AttachResult;
import id.aduan.core.ingest.ClaimTaken;
import id.aduan.core.ingest.FollowUp;
import id.aduan.core.ingest.Superseded;
import id.aduan.core.kernel.Priority;
import id.aduan.core.kernel.Status;
import java.time.Instant;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** {@link id.aduan.core.ingest.FollowUpAttachment}: a follow-up attaches once, and only where it may. */
public abstract class FollowUpAttachmentContract extends StoreContract {

    protected FollowUpAttachmentContract(Supplier<Subject> subject) {
        super(subject);
    }

    @Test
    void aFollowUpCountsOnItsOpenComplaintAndIsClaimedForIt() {
        var complaint = opened(newComplaint(RECEIVED));
        var followUp = followUp(complaint.id(), RECEIVED.plusSeconds(600));

        var result = ingestion().attachment().attach(followUp);

        assertThat(result).isEqualTo(new AttachResult.Attached());
        var after = stored(complaint.id());
        assertThat(after.messageCount()).isEqualTo(2);
        assertThat(after.lastMessageAt()).isEqualTo(RECEIVED.plusSeconds(600));
        assertThat(after.revision()).as("a plain follow-up does not supersede a staff read")
                .isEqualTo(complaint.revision());
        assertThat(ingestion().lookup().findClaim(followUp.claimKey()).orElseThrow().complaintId())
                .isEqualTo(complaint.id());
    }

    @Test
    void theSameFollowUpAgainFindsItsClaimAndCountsOnce() {
        var complaint = opened(newComplaint(RECEIVED));
        var followUp = followUp(complaint.id(), RECEIVED.plusSeconds(600));
        ingestion().attachment().attach(followUp);

        var again = ingestion().attachment().attach(followUp);

        assertThat(again).isInstanceOf(ClaimTaken.class);
        assertThat(stored(complaint.id()).messageCount()).isEqualTo(2);
    }

    @Test
    void aClosedOrMissingComplaintTakesNoFollowUp() {
        var complaint = opened(newComplaint(RECEIVED));
        rewritten(complaint, complaint.toBuilder().status(Status.CLOSED).build());

        var toClosed = ingestion().attachment().attach(followUp(complaint.id(), RECEIVED.plusSeconds(600)));
        var toMissing = ingestion().attachment().attach(followUp(unknownComplaint(), RECEIVED.plusSeconds(600)));

        assertThat(toClosed).isEqualTo(new AttachResult.ComplaintNotOpen());
        assertThat(toMissing).isEqualTo(new AttachResult.ComplaintNotOpen());
    }

    @Test
    void aComplaintWaitingForTheReporterIsHandedBackToBeAttachedOverItsRead() {
        var complaint = opened(newComplaint(RECEIVED));
        var waiting = rewritten(complaint, complaint.toBuilder().status(Status.NEEDS_INFO)
                .statusBeforeInfoRequest(Status.NEW).build());
        var followUp = followUp(complaint.id(), RECEIVED.plusSeconds(600));

        var plain = ingestion().attachment().attach(followUp);
        var overRead = ingestion().attachment().attach(followUp.over(waiting, null));

        assertThat(plain).isInstanceOfSatisfying(AttachResult.ComplaintAwaitsReporter.class, awaits -> {
            assertThat(awaits.current().status()).isEqualTo(Status.NEEDS_INFO);
            assertThat(awaits.current().revision()).isEqualTo(waiting.revision());
        });
        assertThat(overRead).isEqualTo(new AttachResult.Attached());
        assertThat(stored(complaint.id()).messageCount()).isEqualTo(2);
    }

    @Test
    void anAttachOverAStaleReadIsSuperseded() {
        var complaint = opened(newComplaint(RECEIVED));
        var waiting = rewritten(complaint, complaint.toBuilder().status(Status.NEEDS_INFO).build());
        rewritten(waiting, waiting.toBuilder().priority(Priority.HIGH).build());

        var result = ingestion().attachment().attach(followUp(complaint.id(), RECEIVED.plusSeconds(600))
                .over(waiting, null));

        assertThat(result).isEqualTo(new Superseded());
        assertThat(stored(complaint.id()).messageCount()).isEqualTo(1);
    }

    private FollowUp followUp(ComplaintId id, Instant at) {
        var message = comment(objectId(), "sudah seminggu", at);
        return new FollowUp(id, message, TimelineEvent.messageAdded(message), message.instagramId(), "6123", null);
    }
}

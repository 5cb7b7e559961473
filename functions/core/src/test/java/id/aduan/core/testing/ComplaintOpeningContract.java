package id.aduan.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.core.ingest.ClaimTaken;
import id.aduan.core.ingest.HoldResult;
import id.aduan.core.ingest.NewComplaint;
import id.aduan.core.ingest.ObjectClaim;
import id.aduan.core.ingest.OpenResult;
import id.aduan.core.ingest.PendingChange;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** {@link id.aduan.core.ingest.ComplaintOpening}: a complaint opens once, with its claim, code and conversation. */
public abstract class ComplaintOpeningContract extends StoreContract {

    protected ComplaintOpeningContract(Supplier<Subject> subject) {
        super(subject);
    }

    @Test
    void anOpenedComplaintIsFoundByItsClaimAndMessage() {
        var candidate = newComplaint(RECEIVED);

        var result = ingestion().opening().open(candidate);

        assertThat(result).isEqualTo(new OpenResult.Opened());
        var claim = ingestion().lookup().findClaim(candidate.claimKey()).orElseThrow();
        assertThat(claim.complaintId()).isEqualTo(candidate.complaint().id());
        assertThat(claim.opening()).isTrue();
        assertThat(claim.messageSentAt()).isEqualTo(RECEIVED);
        assertThat(stored(candidate.complaint().id()).trackingCode()).isEqualTo(candidate.complaint().trackingCode());
        assertThat(ingestion().messages().findMessage(candidate.complaint().id(), candidate.claimKey(), RECEIVED))
                .hasValueSatisfying(message -> assertThat(message.text()).isEqualTo(candidate.opening().text()));
    }

    @Test
    void openingTheSameObjectAgainFindsItsClaimAndWritesNothing() {
        var first = newComplaint(RECEIVED);
        opened(first);
        var again = newComplaint(RECEIVED);
        var redelivered = new NewComplaint(again.complaint(), first.opening(), again.events(),
                first.claimKey(), null, null, null, null);

        var result = ingestion().opening().open(redelivered);

        assertThat(result).isInstanceOfSatisfying(ClaimTaken.class,
                taken -> assertThat(taken.existing().complaintId()).isEqualTo(first.complaint().id()));
        assertThat(ingestion().lookup().findComplaint(again.complaint().id())).isEmpty();
    }

    @Test
    void aTrackingCodeInUseIsRefusedAndNothingIsClaimed() {
        var first = newComplaint(RECEIVED);
        opened(first);
        var second = newComplaint(RECEIVED);
        var sameCode = second.complaint().withTrackingCode(first.complaint().trackingCode());
        var clashing = new NewComplaint(sameCode, second.opening(), second.events(),
                second.claimKey(), null, null, null, null);

        assertThat(ingestion().opening().open(clashing)).isEqualTo(new OpenResult.TrackingCodeTaken());
        assertThat(ingestion().lookup().findClaim(second.claimKey())).isEmpty();
    }

    @Test
    void aConversationRoutesToItsComplaintAndOnlyTheComplaintItNamedCanBeSuperseded() {
        var conversation = "ig-dm/6123";
        var first = newConversation(conversation, null, RECEIVED);
        opened(first);

        var racing = ingestion().opening().open(newConversation(conversation, null, RECEIVED.plusSeconds(1)));
        var following = newConversation(conversation, first.complaint().id(), RECEIVED.plusSeconds(2));
        var superseding = ingestion().opening().open(following);

        assertThat(racing).isEqualTo(new OpenResult.ConversationMoved(first.complaint().id()));
        assertThat(superseding).isEqualTo(new OpenResult.Opened());
        assertThat(ingestion().lookup().findConversation(conversation)).contains(following.complaint().id());
    }

    @Test
    void aPlaceholderIsReplacedOnlyByAnOpeningThatReadIt() {
        var candidate = newComplaint(RECEIVED);
        var edit = PendingChange.edit("jalan berlubang besar", 1, RECEIVED.plusSeconds(60));
        assertThat(ingestion().messages().holdPending(candidate.claimKey(), edit, null))
                .isEqualTo(new HoldResult.Held());

        var blind = ingestion().opening().open(candidate);
        var placeholder = ObjectClaim.placeholder(candidate.claimKey(), edit);
        var informed = ingestion().opening().open(candidate.replacing(placeholder));

        assertThat(blind).isEqualTo(new ClaimTaken(placeholder));
        assertThat(informed).isEqualTo(new OpenResult.Opened());
        assertThat(ingestion().lookup().findClaim(candidate.claimKey()).map(ObjectClaim::complaintId))
                .contains(candidate.complaint().id());
    }

    @Test
    void aConversationNobodyOpenedIsNotFound() {
        assertThat(ingestion().lookup().findConversation("ig-dm/nobody")).isEmpty();
        assertThat(ingestion().lookup().findComplaint(unknownComplaint())).isEmpty();
    }
}

package id.aduan.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.core.complaint.TimelineEvent;
import id.aduan.core.ingest.ClaimTaken;
import id.aduan.core.ingest.HoldResult;
import id.aduan.core.ingest.MessageChangeResult;
import id.aduan.core.ingest.ObjectClaim;
import id.aduan.core.ingest.PendingChange;
import id.aduan.core.ingest.Superseded;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** {@link id.aduan.core.ingest.MessageChanges}: an edit or unsend applies once, or waits for its message. */
public abstract class MessageChangesContract extends StoreContract {

    protected MessageChangesContract(Supplier<Subject> subject) {
        super(subject);
    }

    @Test
    void anEditOfTheOpeningMessageChangesItAndTheComplaintsText() {
        var candidate = newComplaint(RECEIVED);
        var complaint = opened(candidate);
        var before = candidate.opening();
        var after = before.edited("jalan berlubang dalam sekali", 1);
        var event = TimelineEvent.messageEdited(before.instagramId(), before.text(), 1, RECEIVED.plusSeconds(60));

        var result = ingestion().messages().changeMessage(complaint.id(), before, after, true, event);

        assertThat(result).isEqualTo(new MessageChangeResult.Changed());
        assertThat(ingestion().messages().findMessage(complaint.id(), before.instagramId(), before.sentAt()))
                .hasValueSatisfying(message -> {
                    assertThat(message.text()).isEqualTo("jalan berlubang dalam sekali");
                    assertThat(message.editCount()).isEqualTo(1);
                });
        assertThat(stored(complaint.id()).text()).isEqualTo("jalan berlubang dalam sekali");
    }

    @Test
    void aChangeFromAMessageChangedSinceItWasReadIsSuperseded() {
        var candidate = newComplaint(RECEIVED);
        var complaint = opened(candidate);
        var before = candidate.opening();
        ingestion().messages().changeMessage(complaint.id(), before, before.markedUnsent(), true,
                TimelineEvent.messageUnsent(before.instagramId(), RECEIVED.plusSeconds(60)));

        var late = ingestion().messages().changeMessage(complaint.id(), before, before.edited("lain", 1), true,
                TimelineEvent.messageEdited(before.instagramId(), before.text(), 1, RECEIVED.plusSeconds(30)));

        assertThat(late).isEqualTo(new Superseded());
        assertThat(ingestion().messages().findMessage(complaint.id(), before.instagramId(), before.sentAt()))
                .hasValueSatisfying(message -> assertThat(message.unsent()).isTrue());
    }

    @Test
    void aChangeWhoseMessageHasNotArrivedIsHeldAndMergedOnlyOverWhatWasRead() {
        var messageId = objectId();
        var first = PendingChange.edit("pertama", 1, RECEIVED);
        var second = first.merge(PendingChange.unsend(RECEIVED.plusSeconds(5)));

        var held = ingestion().messages().holdPending(messageId, first, null);
        var blind = ingestion().messages().holdPending(messageId, second, null);
        var merged = ingestion().messages().holdPending(messageId, second, first);
        var stale = ingestion().messages().holdPending(messageId, second, first);

        assertThat(held).isEqualTo(new HoldResult.Held());
        assertThat(blind).isEqualTo(new ClaimTaken(ObjectClaim.placeholder(messageId, first)));
        assertThat(merged).isEqualTo(new HoldResult.Held());
        assertThat(stale).isEqualTo(new ClaimTaken(ObjectClaim.placeholder(messageId, second)));
    }

    @Test
    void aChangeCannotBeHeldForAMessageAlreadyTakenIn() {
        var candidate = newComplaint(RECEIVED);
        opened(candidate);

        var result = ingestion().messages().holdPending(candidate.claimKey(), PendingChange.unsend(RECEIVED), null);

        assertThat(result).isInstanceOfSatisfying(ClaimTaken.class,
                taken -> assertThat(taken.existing().complaintId()).isEqualTo(candidate.complaint().id()));
    }
}

package id.aduan.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.core.complaint.Actor;
import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.TimelineEvent;
import id.aduan.core.kernel.Status;
import id.aduan.core.workflow.ChangeResult;
import id.aduan.core.workflow.ComplaintChange;
import id.aduan.core.workflow.LinkedEvent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * {@link id.aduan.core.desk.ComplaintChanges} and {@link id.aduan.core.complaint.ComplaintStore}: a staff
 * change applies once over the revision it read, and the complaint reads back with its story.
 */
public abstract class ComplaintChangesContract extends StoreContract {

    private static final Actor STAFF = Actor.staff("t-1", "Tia");

    protected ComplaintChangesContract(Supplier<Subject> subject) {
        super(subject);
    }

    @Test
    void aSecondChangeFromTheSameReadIsRefusedWithTheVersionAPersonLeft() {
        var complaint = opened(newComplaint(RECEIVED));

        var first = changes().apply(note(complaint, "pertama"));
        var second = changes().apply(note(complaint, "kedua"));

        assertThat(first).isEqualTo(new ChangeResult.Applied());
        assertThat(second).isEqualTo(new ChangeResult.StaleVersion(complaint.version() + 1));
        assertThat(complaints().load(complaint.id()).orElseThrow().timeline()).extracting(TimelineEvent::type)
                .containsExactly(TimelineEvent.Type.RECEIVED, TimelineEvent.Type.NOTE_ADDED);
    }

    @Test
    void aChangeOfAComplaintNobodyOpenedIsNotFound() {
        var ghost = newComplaint(RECEIVED).complaint();

        assertThat(changes().apply(note(ghost, "x"))).isEqualTo(new ChangeResult.NotFound());
    }

    @Test
    void anEventOnALinkedComplaintIsWrittenOnlyWhileThatComplaintIsOpen() {
        var original = opened(newComplaint(RECEIVED));
        var duplicate = opened(newComplaint(RECEIVED.plusSeconds(60)));
        rewritten(original, original.toBuilder().status(Status.CLOSED).build());
        var merged = TimelineEvent.merged(duplicate.id(), duplicate.trackingCode(), Instant.now(), STAFF, null);

        var result = changes().apply(new ComplaintChange(duplicate, duplicate.toBuilder().status(Status.REJECTED)
                .version(duplicate.version() + 1).build(), List.of(), Optional.empty(),
                Optional.of(new LinkedEvent(original.id(), merged))));

        assertThat(result).isEqualTo(new ChangeResult.LinkedComplaintClosed(original.id()));
        assertThat(stored(duplicate.id()).status()).isEqualTo(Status.NEW);
    }

    @Test
    void aComplaintIsFoundByItsTrackingCodeAndListedNewestFirstInItsStatus() {
        var older = opened(newComplaint(RECEIVED));
        var newer = opened(newComplaint(RECEIVED.plusSeconds(60)));

        assertThat(complaints().findByTrackingCode(older.trackingCode())).contains(older.id());
        assertThat(complaints().newest(Status.NEW, 10)).extracting(Complaint::id)
                .containsExactly(newer.id(), older.id());
        assertThat(complaints().newest(Status.CLOSED, 10)).isEmpty();
    }

    private static ComplaintChange note(Complaint before, String text) {
        var after = before.toBuilder().version(before.version() + 1).build();
        return ComplaintChange.of(before, after, List.of(TimelineEvent.noteAdded("v" + after.version() + "/note",
                Instant.now(), STAFF, text)));
    }
}

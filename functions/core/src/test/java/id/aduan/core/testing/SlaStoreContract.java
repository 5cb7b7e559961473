package id.aduan.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.core.alert.Alert;
import id.aduan.core.alert.RecordResult;
import id.aduan.core.alert.RecordedAlert;
import id.aduan.core.complaint.Actor;
import id.aduan.core.complaint.TimelineEvent;
import id.aduan.core.ingest.FollowUp;
import id.aduan.core.kernel.Priority;
import id.aduan.core.kernel.Status;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** {@link id.aduan.core.alert.SlaStore}: the due complaints, longest due first, and one write of an alert. */
public abstract class SlaStoreContract extends StoreContract {

    protected SlaStoreContract(Supplier<Subject> subject) {
        super(subject);
    }

    @Test
    void theDueComplaintsComeLongestDueFirstAndNothingNotDue() {
        var older = opened(newComplaint(RECEIVED));
        var newer = opened(newComplaint(RECEIVED.plusSeconds(3_600)));
        var fresh = opened(newComplaint(Instant.now()));
        var closed = opened(newComplaint(RECEIVED));
        rewritten(closed, closed.toBuilder().status(Status.CLOSED).clocks(null).build());
        var now = Instant.now();

        var due = new ArrayList<>();
        var dueComplaints = sla().dueBy(now);
        dueComplaints.forEachRemaining(due::add);

        assertThat(due).containsExactly(older.id(), newer.id());
        assertThat(due).doesNotContain(fresh.id(), closed.id());
        assertThat(dueComplaints.oldestDueAt()).contains(older.nextSweepAt().orElseThrow());
    }

    @Test
    void nothingDueHasNoOldestDueTime() {
        var fresh = opened(newComplaint(Instant.now()));
        var due = sla().dueBy(fresh.nextSweepAt().orElseThrow().minusSeconds(1));

        assertThat(due.hasNext()).isFalse();
        assertThat(due.oldestDueAt()).isEmpty();
    }

    @Test
    void anAlertIsRecordedOnceWithTheComplaintsNewState() {
        var complaint = opened(newComplaint(RECEIVED));
        var now = Instant.now();
        var alert = RecordedAlert.raised(new Alert("alert-" + objectId(), Alert.Kind.SLA_BREACH, "lewat", "lewat",
                Map.of()), now, now.plusSeconds(60));
        var event = TimelineEvent.noteAdded("sla/" + objectId(), now, Actor.system("sla-monitor"),
                "lewat");
        var after = complaint.toBuilder().priority(Priority.HIGH).build();

        var first = sla().record(complaint, after, List.of(event), List.of(alert));
        var current = stored(complaint.id());
        var again = sla().record(current, current, List.of(event), List.of(alert));

        assertThat(first).isEqualTo(new RecordResult.Recorded());
        assertThat(current.priority()).isEqualTo(Priority.HIGH);
        assertThat(current.revision()).isEqualTo(complaint.revision() + 1);
        assertThat(again).as("the same alert cannot be raised twice").isEqualTo(new RecordResult.Superseded());
    }

    @Test
    void aWriteOverAStaleReadIsSupersededButAMessageArrivingMeanwhileIsKept() {
        var complaint = opened(newComplaint(RECEIVED));
        var message = comment(objectId(), "masih rusak", RECEIVED.plusSeconds(60));
        ingestion().attachment().attach(new FollowUp(complaint.id(), message, TimelineEvent.messageAdded(message),
                message.instagramId(), "6123", null));

        var overRead = sla().record(complaint, complaint.toBuilder().priority(Priority.HIGH).build(), List.of(),
                List.of());
        var stale = sla().record(complaint, complaint.toBuilder().priority(Priority.URGENT).build(), List.of(),
                List.of());

        assertThat(overRead).isEqualTo(new RecordResult.Recorded());
        assertThat(stale).isEqualTo(new RecordResult.Superseded());
        var stored = stored(complaint.id());
        assertThat(stored.priority()).isEqualTo(Priority.HIGH);
        assertThat(stored.messageCount()).isEqualTo(2);
        assertThat(stored.lastMessageAt()).isEqualTo(message.sentAt());
    }
}

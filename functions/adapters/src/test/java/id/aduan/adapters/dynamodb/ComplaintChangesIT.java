package id.aduan.adapters.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.core.complaint.Actor;
import id.aduan.core.complaint.Channel;
import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.complaint.ReplyTarget;
import id.aduan.core.complaint.Reporter;
import id.aduan.core.complaint.ReporterMessage;
import id.aduan.core.complaint.TimelineEvent;
import id.aduan.core.complaint.TrackingCode;
import id.aduan.core.complaint.TriageState;
import id.aduan.core.ingest.NewComplaint;
import id.aduan.core.kernel.Priority;
import id.aduan.core.sla.ComplaintClocks;
import id.aduan.core.sla.SlaPolicy;
import id.aduan.core.sla.SlaRules;
import id.aduan.core.sla.WorkingCalendar;
import id.aduan.core.workflow.ChangeResult;
import id.aduan.core.workflow.ComplaintChange;
import id.aduan.testkit.AwsEmulatorExtension;
import id.aduan.testkit.Deployment;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A change applies only over the version it was read at; a second one from the same read is refused. */
@ExtendWith(AwsEmulatorExtension.class)
class ComplaintChangesIT {

    private static final SlaRules RULES = new SlaRules(SlaPolicy.DEFAULT, WorkingCalendar.standard());

    private ComplaintTable table;
    private DynamoDbComplaintStore store;
    private final Random random = new Random(3);

    @BeforeEach
    void setUp(Deployment deployment) {
        table = EmulatorTables.ofTenant(deployment, "StaffApiFunction");
        store = new DynamoDbComplaintStore(table);
    }

    @Test
    void aSecondChangeFromTheSameReadIsRefusedWithTheCurrentVersion() {
        var before = seed();

        var first = store.apply(note(before, "pertama"));
        var second = store.apply(note(before, "kedua"));

        assertThat(first).isInstanceOf(ChangeResult.Applied.class);
        assertThat(second).isEqualTo(new ChangeResult.StaleVersion(2));
        assertThat(store.load(before.id()).orElseThrow().timeline()).extracting(TimelineEvent::type)
                .containsExactly(TimelineEvent.Type.RECEIVED, TimelineEvent.Type.NOTE_ADDED);
    }

    @Test
    void aChangeOfAComplaintThatDoesNotExistIsNotFound() {
        var ghost = seed().toBuilder().build();
        var missing = new Complaint(ComplaintId.generate(Instant.now(), random), ghost.trackingCode(), ghost.status(),
                ghost.channel(), ghost.account(), ghost.reporter(), ghost.text(), ghost.media(), ghost.replyTarget(),
                ghost.receivedAt(), ghost.lastMessageAt(), 1, false, null, ghost.triage(), null, null, ghost.priority(),
                null, ghost.clocks(), null, null, null, null, 1, 1);

        assertThat(store.apply(note(missing, "x"))).isInstanceOf(ChangeResult.NotFound.class);
    }

    private ComplaintChange note(Complaint before, String text) {
        var after = before.toBuilder().version(before.version() + 1).build();
        return ComplaintChange.of(before, after, List.of(TimelineEvent.noteAdded("v" + after.version() + "/note",
                Instant.now(), Actor.staff("t-1", "Tia"), text)));
    }

    private Complaint seed() {
        var at = Instant.now();
        var opening = ReporterMessage.received(Long.toString(random.nextLong(1, Long.MAX_VALUE)), Channel.COMMENT,
                "jalan rusak", List.of(), at);
        var complaint = Complaint.open(ComplaintId.generate(at, random), TrackingCode.random(random), "1",
                new Reporter("6123", "warga"), opening, new ReplyTarget(ReplyTarget.Kind.COMMENT, opening.instagramId()),
                false, TriageState.PENDING, Priority.NORMAL, ComplaintClocks.onReceived(at, Priority.NORMAL, "", RULES));
        new DynamoDbIngestionStore(table, Clock.systemUTC()).open(new NewComplaint(complaint, opening,
                List.of(TimelineEvent.received(opening)), opening.instagramId(), null, null, null, null));
        return complaint;
    }
}

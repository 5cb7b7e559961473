package id.aduan.core.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.aduan.core.access.Role;
import id.aduan.core.access.StaffMember;
import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.TimelineEvent;
import id.aduan.core.reply.QueuedReply;
import id.aduan.core.reply.ReplyMethod;
import id.aduan.core.sla.SlaPolicy;
import id.aduan.core.sla.SlaRules;
import id.aduan.core.sla.WorkingCalendar;
import id.aduan.core.testing.InMemoryTable;
import id.aduan.core.testing.Ingestions;
import id.aduan.core.testing.ShippedConfig;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Staff queueing replies to citizens, on the in-memory table ingestion filled. */
class ReplyDeskTest {

    private static final Instant RECEIVED = Instant.parse("2026-08-04T02:00:00Z");
    private static final SlaRules RULES = new SlaRules(SlaPolicy.DEFAULT, WorkingCalendar.standard());
    private static final StaffMember TRIAGE = new StaffMember("t-1", "Tia", Set.of(Role.TRIAGE), null);

    private final InMemoryTable table = new InMemoryTable();
    private final List<QueuedReply> queued = new ArrayList<>();
    private boolean queueDown;
    private final ReplyDesk desk = new ReplyDesk(table, table, new ShippedConfig(RULES), reply -> {
        if (queueDown) {
            throw new IllegalStateException("queue unavailable");
        }
        queued.add(reply);
    }, Clock.fixed(RECEIVED.plusSeconds(600), ZoneOffset.UTC), false);

    @Test
    void aDirectMessageReplyIsQueuedWithTheTrackingCodeAndRecordedAsAStaffDecision() {
        var complaint = receivedByDirectMessage();

        var result = desk.queue(TRIAGE, complaint.trackingCode().value(), complaint.version(),
                new ReplyRequest(ReplyMethod.DM, null, "Terima kasih, laporan Anda kami teruskan"));

        assertThat(queued).singleElement().satisfies(reply -> {
            assertThat(reply.text()).contains(complaint.trackingCode().value());
            assertThat(reply.method()).isEqualTo(ReplyMethod.DM);
        });
        assertThat(result.complaintVersion()).isEqualTo(complaint.version() + 1);
        assertThat(table.timeline(complaint.id())).extracting(TimelineEvent::type)
                .contains(TimelineEvent.Type.REPLY_QUEUED);
    }

    @Test
    void aReplyTheQueueRefusesIsNotSentAndTheTimelineSaysSo() {
        var complaint = receivedByDirectMessage();
        queueDown = true;

        assertThatThrownBy(() -> desk.queue(TRIAGE, complaint.trackingCode().value(), complaint.version(),
                new ReplyRequest(ReplyMethod.DM, null, "Terima kasih")))
                .isInstanceOfSatisfying(ReplyNotQueued.class, notQueued -> assertThat(notQueued.recorded()).isTrue());
        assertThat(table.timeline(complaint.id())).extracting(TimelineEvent::type)
                .contains(TimelineEvent.Type.REPLY_QUEUED, TimelineEvent.Type.REPLY_FAILED);
    }

    @Test
    void aPublicCommentReplyToADirectMessageIsRefusedWithTheMethodsThatAreOpen() {
        var complaint = receivedByDirectMessage();

        assertThatThrownBy(() -> desk.queue(TRIAGE, complaint.trackingCode().value(), complaint.version(),
                new ReplyRequest(ReplyMethod.PUBLIC_COMMENT_REPLY, null, "Terima kasih")))
                .isInstanceOf(ActionConflict.class);
        assertThat(queued).isEmpty();
        assertThat(table.findComplaint(complaint.id()).orElseThrow().version()).isEqualTo(complaint.version());
    }

    private Complaint receivedByDirectMessage() {
        var ingestion = Ingestions.of(table.ingestion(), RULES, Clock.fixed(RECEIVED, ZoneOffset.UTC));
        return table.findComplaint(Ingestions.complaintByDirectMessage(ingestion, "m-1", "6123", RECEIVED))
                .orElseThrow();
    }
}

package id.aduan.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.core.complaint.Actor;
import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.TimelineEvent;
import id.aduan.core.kernel.Priority;
import id.aduan.core.kernel.Status;
import id.aduan.core.sla.ClockKind;
import id.aduan.core.sla.ClockState;
import id.aduan.core.sla.SlaPolicy;
import id.aduan.core.sla.SlaRules;
import id.aduan.core.sla.WorkingCalendar;
import id.aduan.core.unit.UnitCatalog;
import id.aduan.core.workflow.ActionContext;
import id.aduan.core.workflow.ChangeResult;
import id.aduan.core.workflow.StaffAction;
import id.aduan.core.workflow.Workflow;
import id.aduan.testkit.AwsEmulatorExtension;
import id.aduan.testkit.Deployment;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The reporter's next message moves a complaint that waits for them: back from NEEDS_INFO to where it
 * was, or reopened when it was resolved within the objection window; in the same write as the message.
 */
@ExtendWith(AwsEmulatorExtension.class)
class ReporterAnswerIT {

    private static final SlaRules RULES = new SlaRules(SlaPolicy.DEFAULT, WorkingCalendar.standard());
    /** Between the fixtures' opening comment (03:20) and its reply in the thread (03:27). */
    private static final Instant STAFF_ACTED = Instant.parse("2026-08-05T03:22:00Z");

    private final Workflow workflow = new Workflow(Workflow.DEFAULT_OBJECTION_WINDOW);
    private Webhook webhook;

    @BeforeEach
    void setUp(Deployment deployment) {
        webhook = new Webhook(deployment);
    }

    @Test
    void answerToARequestForInformationTakesTheComplaintBackAndResumesItsClocks() {
        webhook.deliverFixture("comment-complaint.json");
        var waiting = act(webhook.onlyComplaint().complaint(), new StaffAction.AskForInformation("lokasi?"));
        assertThat(waiting.status()).isEqualTo(Status.NEEDS_INFO);

        var response = webhook.deliverFixture("comment-reply-in-thread.json");

        assertThat(response.outcome("attached")).isEqualTo(1);
        var detail = webhook.onlyComplaint();
        var complaint = detail.complaint();
        assertThat(complaint.status()).isEqualTo(Status.NEW);
        assertThat(complaint.statusBeforeInfoRequest()).isNull();
        assertThat(complaint.version()).isEqualTo(waiting.version() + 1);
        assertThat(complaint.messageCount()).isEqualTo(2);
        assertThat(complaint.clocks().clock(ClockKind.VERIFICATION).orElseThrow().state())
                .isInstanceOf(ClockState.Running.class);
        assertThat(detail.messages()).hasSize(2);
        assertThat(detail.timeline()).filteredOn(event -> event.type() == TimelineEvent.Type.STATUS_CHANGED)
                .extracting(TimelineEvent::reason).containsExactly("lokasi?", "REPORTER_ANSWERED");
    }

    @Test
    void messageWithinTheObjectionWindowReopensAResolvedComplaint() {
        webhook.deliverFixture("comment-complaint.json");
        var complaint = webhook.onlyComplaint().complaint();
        for (StaffAction action : List.of(new StaffAction.Verify("BINA_MARGA_SDA", "Jalan rusak", Priority.HIGH, null),
                new StaffAction.Forward(null, null), new StaffAction.StartFollowUp(null),
                new StaffAction.Resolve("ditambal"))) {
            complaint = act(complaint, action);
        }
        assertThat(complaint.status()).isEqualTo(Status.RESOLVED);

        webhook.deliverFixture("comment-reply-in-thread.json");

        var reopened = webhook.onlyComplaint();
        assertThat(reopened.complaint().status()).isEqualTo(Status.IN_PROGRESS);
        assertThat(reopened.complaint().resolvedAt()).isNull();
        assertThat(reopened.complaint().clocks().clock(ClockKind.RESOLUTION).orElseThrow().state())
                .isInstanceOf(ClockState.Running.class);
        assertThat(reopened.timeline()).extracting(TimelineEvent::reason).contains("REPORTER_OBJECTED");
        assertThat(reopened.messages()).hasSize(2);
    }

    @Test
    void redeliveredAnswerChangesNothingMore() {
        webhook.deliverFixture("dm-text.json");
        act(webhook.onlyComplaint().complaint(), new StaffAction.AskForInformation(null));
        webhook.deliverFixture("dm-followup.json");
        var afterFirst = webhook.items();

        var again = webhook.deliverFixture("dm-followup.json");

        assertThat(again.json().path("status").asText()).isEqualTo("ALREADY_PROCESSED");
        assertThat(webhook.items()).isEqualTo(afterFirst);
        assertThat(webhook.onlyComplaint().complaint().status()).isEqualTo(Status.NEW);
    }

    private Complaint act(Complaint before, StaffAction action) {
        var context = new ActionContext(Actor.staff("t-1", "Tia"), STAFF_ACTED, UnitCatalog.DEFAULT, RULES,
                Optional.empty());
        var change = workflow.apply(before, action, context);
        assertThat(webhook.complaints.apply(change)).isInstanceOf(ChangeResult.Applied.class);
        return change.after();
    }
}

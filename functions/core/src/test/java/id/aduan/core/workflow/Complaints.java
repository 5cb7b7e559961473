package id.aduan.core.workflow;

import id.aduan.core.complaint.Actor;
import id.aduan.core.complaint.Channel;
import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.complaint.RejectionReason;
import id.aduan.core.complaint.ReplyTarget;
import id.aduan.core.complaint.Reporter;
import id.aduan.core.complaint.ReporterMessage;
import id.aduan.core.complaint.TrackingCode;
import id.aduan.core.complaint.TriageState;
import id.aduan.core.kernel.Priority;
import id.aduan.core.kernel.Status;
import id.aduan.core.sla.ComplaintClocks;
import id.aduan.core.sla.SlaPolicy;
import id.aduan.core.sla.SlaRules;
import id.aduan.core.sla.WorkingCalendar;
import id.aduan.core.unit.UnitCatalog;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/** Complaints in every status, received on Tuesday 4 August 2026 at 10:00 WIB, for workflow tests. */
final class Complaints {

    static final Instant RECEIVED = Instant.parse("2026-08-04T03:00:00Z");
    static final SlaRules RULES = new SlaRules(SlaPolicy.DEFAULT, WorkingCalendar.standard());
    static final String TEXT = "Jalan di Jl. Cibiru Hilir berlubang besar, bahaya buat motor";

    private static final Random RANDOM = new Random(7);

    private Complaints() {
    }

    static ReporterMessage opening() {
        return ReporterMessage.received("17900000000000101", Channel.COMMENT, TEXT, List.of(), RECEIVED);
    }

    /** A new complaint as triage took it in: a complaint, with its clocks running. */
    static Complaint fresh() {
        return Complaint.open(ComplaintId.generate(RECEIVED, RANDOM), TrackingCode.random(RANDOM), "1784",
                new Reporter("6123456789012345", "warga_cibiru"), opening(),
                new ReplyTarget(ReplyTarget.Kind.COMMENT, "17900000000000101"), false, TriageState.PENDING,
                Priority.NORMAL, ComplaintClocks.onReceived(RECEIVED, Priority.NORMAL, "", RULES));
    }

    /** A complaint moved along the workflow to {@code status}, an hour per step. */
    static Complaint in(Status status) {
        var workflow = new Workflow(Workflow.DEFAULT_OBJECTION_WINDOW);
        var complaint = fresh();
        var path = switch (status) {
            case NEW -> List.<StaffAction>of();
            case NEEDS_INFO -> List.<StaffAction>of(new StaffAction.AskForInformation("lokasi persisnya?"));
            case VERIFIED -> List.of(verify());
            case FORWARDED -> List.of(verify(), new StaffAction.Forward(null, null));
            case IN_PROGRESS -> List.of(verify(), new StaffAction.Forward(null, null),
                    new StaffAction.StartFollowUp(null));
            case RESOLVED -> List.of(verify(), new StaffAction.Forward(null, null),
                    new StaffAction.StartFollowUp(null), new StaffAction.Resolve("ditambal"));
            case CLOSED -> List.of(verify(), new StaffAction.Forward(null, null), new StaffAction.StartFollowUp(null),
                    new StaffAction.Resolve("ditambal"), new StaffAction.Close(null));
            case REJECTED -> List.<StaffAction>of(new StaffAction.Reject(
                    RejectionReason.SPAM, null, null, null));
        };
        var at = RECEIVED;
        for (StaffAction action : path) {
            at = at.plusSeconds(3600);
            complaint = workflow.apply(complaint, action, context(at)).after();
        }
        return complaint;
    }

    static StaffAction.Verify verify() {
        return new StaffAction.Verify("BINA_MARGA_SDA", "Jalan rusak", Priority.HIGH, null);
    }

    static ActionContext context(Instant now) {
        return new ActionContext(Actor.staff("u-1", "Sari"), now,
                UnitCatalog.DEFAULT, RULES, Optional.empty());
    }
}

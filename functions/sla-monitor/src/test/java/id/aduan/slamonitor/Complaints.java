package id.aduan.slamonitor;

import id.aduan.adapters.dynamodb.ComplaintTable;
import id.aduan.adapters.dynamodb.DynamoDbComplaintStore;
import id.aduan.adapters.dynamodb.DynamoDbIngestionStore;
import id.aduan.core.complaint.Actor;
import id.aduan.core.complaint.Assignee;
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
import id.aduan.core.ingest.OpenResult;
import id.aduan.core.kernel.Priority;
import id.aduan.core.kernel.Status;
import id.aduan.core.sla.ComplaintClocks;
import id.aduan.core.sla.SlaPolicy;
import id.aduan.core.sla.SlaRules;
import id.aduan.core.sla.WorkingCalendar;
import id.aduan.core.unit.UnitCatalog;
import id.aduan.core.workflow.ActionContext;
import id.aduan.core.workflow.ChangeResult;
import id.aduan.core.workflow.ComplaintChange;
import id.aduan.core.workflow.StaffAction;
import id.aduan.core.workflow.Workflow;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/** Complaints written the way ingestion and staff write them, with the reporter's data to look out for. */
final class Complaints {

    static final Workflow WORKFLOW = new Workflow(Workflow.DEFAULT_OBJECTION_WINDOW);
    static final SlaRules RULES = new SlaRules(SlaPolicy.DEFAULT, WorkingCalendar.standard());
    static final String USERNAME = "warga.cimahi";
    static final String TEXT = "Jalan berlubang di depan rumah saya, tolong segera diperbaiki";

    private final DynamoDbIngestionStore ingestion;
    private final DynamoDbComplaintStore store;
    private final Random random;
    private int sequence;

    Complaints(ComplaintTable table) {
        this(table, 0);
    }

    /** Writing the {@code series}-th set of comments and ids, so that several writers never draw the same. */
    Complaints(ComplaintTable table, int series) {
        this.ingestion = new DynamoDbIngestionStore(table, Clock.systemUTC());
        this.store = new DynamoDbComplaintStore(table);
        this.random = new Random(7 + series);
        this.sequence = series * 1000;
    }

    Complaint received(Instant at, Priority priority) {
        return received(at, priority, RULES);
    }

    /** Received under {@code rules}: its government's SLA targets and working calendar. */
    Complaint received(Instant at, Priority priority, SlaRules rules) {
        var commentId = "1790000000" + (++sequence);
        var opening = ReporterMessage.received(commentId, Channel.COMMENT, TEXT, List.of(), at);
        var complaint = Complaint.open(ComplaintId.generate(at, random), TrackingCode.random(random), "178414",
                new Reporter("17841400000" + sequence, USERNAME), opening,
                new ReplyTarget(ReplyTarget.Kind.COMMENT, commentId), false, TriageState.PENDING, priority,
                ComplaintClocks.onReceived(at, priority, "", rules));
        var written = ingestion.open(new NewComplaint(complaint, opening, List.of(TimelineEvent.received(opening)),
                commentId, null, null, null, null));
        if (!(written instanceof OpenResult.Opened)) {
            throw new IllegalStateException("complaint not written: " + written);
        }
        return complaint;
    }

    /** Verified and forwarded to a unit at {@code at}, in the category given, assigned to an agent. */
    Complaint forwarded(Complaint complaint, String unit, String category, Instant at) {
        var before = current(complaint);
        var clocks = before.clocks()
                .onStatusChange(Status.NEW, Status.VERIFIED, at, RULES)
                .onCategoryChange(category, at, RULES)
                .onStatusChange(Status.VERIFIED, Status.FORWARDED, at, RULES);
        return save(before, before.toBuilder().status(Status.FORWARDED).unit(unit).category(category)
                .assignee(new Assignee("agent-1", "Rina")).clocks(clocks));
    }

    /** Taken up by the unit and resolved at {@code at}, as staff do it through the workflow. */
    Complaint resolved(Complaint complaint, Instant at) {
        var context = new ActionContext(Actor.staff("agent-1", "Rina"), at, UnitCatalog.DEFAULT, RULES,
                Optional.empty());
        var inProgress = saved(WORKFLOW.apply(current(complaint), new StaffAction.StartFollowUp(null), context));
        return saved(WORKFLOW.apply(inProgress, new StaffAction.Resolve("sudah ditambal"), context));
    }

    Complaint answered(Complaint complaint, Instant at) {
        var before = current(complaint);
        return save(before, before.toBuilder().firstResponseAt(at).clocks(before.clocks().onStaffReply(at, RULES)));
    }

    Complaint closed(Complaint complaint, Status status, Instant at) {
        var before = current(complaint);
        return save(before, before.toBuilder().status(status)
                .clocks(before.clocks().onStatusChange(before.status(), status, at, RULES)));
    }

    Complaint current(Complaint complaint) {
        return store.find(complaint.id()).orElseThrow();
    }

    private Complaint saved(ComplaintChange change) {
        if (!(store.apply(change) instanceof ChangeResult.Applied)) {
            throw new IllegalStateException("change not saved");
        }
        return change.after();
    }

    private Complaint save(Complaint before, Complaint.Builder after) {
        var changed = after.version(before.version() + 1).build();
        if (!(store.apply(ComplaintChange.of(before, changed, List.of())) instanceof ChangeResult.Applied)) {
            throw new IllegalStateException("complaint not saved");
        }
        return changed;
    }
}

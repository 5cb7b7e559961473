package id.aduan.core.desk;

import id.aduan.core.access.Access;
import id.aduan.core.access.StaffMember;
import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.ComplaintDetail;
import id.aduan.core.complaint.ComplaintStore;
import id.aduan.core.complaint.TimelineEvent;
import id.aduan.core.config.ConfigStore;
import id.aduan.core.instagram.ReplyTextRejected;
import id.aduan.core.kernel.VersionConflict;
import id.aduan.core.language.Phrase;
import id.aduan.core.reply.QueuedReply;
import id.aduan.core.reply.ReplyContext;
import id.aduan.core.reply.ReplyMethod;
import id.aduan.core.reply.ReplyOption;
import id.aduan.core.reply.ReplyPlan;
import id.aduan.core.reply.ReplyQueue;
import id.aduan.core.reply.ReplySituation;
import id.aduan.core.reply.ReplyText;
import id.aduan.core.reply.TemplateValueMissing;
import id.aduan.core.workflow.ActionKind;
import id.aduan.core.workflow.ChangeResult;
import id.aduan.core.workflow.ComplaintChange;
import id.aduan.core.workflow.InvalidAction;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Queues a reply to the reporter: checks the method is open now (ReplyPlan), writes the text (a
 * template filled in, or the staff member's own; see {@link ReplyText}), records it as QUEUED in the timeline, then puts it
 * on the reply queue. The timeline is written first so that a reply is never sent unrecorded; a
 * reply the queue refused is recorded as failed, so none stays QUEUED in silence.
 */
public final class ReplyDesk {

    private final ComplaintStore store;
    private final ComplaintChanges changes;
    private final ConfigStore config;
    private final ReplyQueue queue;
    private final Clock clock;
    private final boolean humanAgentEnabled;
    private final Counter counter;
    private final Recorder recorder;

    public ReplyDesk(ComplaintStore store, ComplaintChanges changes, ConfigStore config, ReplyQueue queue, Clock clock,
                     boolean humanAgentEnabled) {
        this.store = store;
        this.changes = changes;
        this.config = config;
        this.queue = queue;
        this.clock = clock;
        this.humanAgentEnabled = humanAgentEnabled;
        this.counter = new Counter(store);
        this.recorder = new Recorder(store, changes);
    }

    public ReplyQueued queue(StaffMember staff, String reference, long expectedVersion, ReplyRequest request) {
        var now = clock.instant();
        var written = StaffDecision.write(changes, expectedVersion, () -> permitted(staff, reference),
                ComplaintDetail::complaint, detail -> queued(detail, staff, request, now), Queued::change);
        switch (written.result()) {
            case ChangeResult.Applied applied -> {
            }
            case ChangeResult.StaleVersion(long current) -> throw new VersionConflict(expectedVersion, current);
            case ChangeResult other -> throw new ComplaintNotFound(reference);
        }
        var after = written.decision().change().after();
        var reply = written.decision().reply();
        try {
            queue.enqueue(reply);
        } catch (RuntimeException refused) {
            throw new ReplyNotQueued(reply.replyId(), recordNotQueued(after, reply), refused);
        }
        return new ReplyQueued(reply, after.version());
    }

    private ComplaintDetail permitted(StaffMember staff, String reference) {
        var detail = counter.visibleDetail(staff, reference);
        Access.require(staff, ActionKind.QUEUE_REPLY);
        return detail;
    }

    /** A reply and its record as QUEUED: a staff decision, so the staff version moves on. */
    private record Queued(QueuedReply reply, ComplaintChange change) {
    }

    private Queued queued(ComplaintDetail detail, StaffMember staff, ReplyRequest request, Instant now) {
        var before = detail.complaint();
        var plan = ReplyPlan.of(ReplySituation.of(detail, humanAgentEnabled), now);
        if (plan.option(request.method()).isEmpty()) {
            var why = plan.unavailable().get(request.method());
            throw new ActionConflict("REPLY_METHOD_UNAVAILABLE", Phrase.of("error.reply.methodUnavailable",
                    request.method().phrase(), why == null ? "" : why.phrase()),
                    plan.options().stream().map(ReplyOption::method).map(ReplyMethod::name).toList());
        }
        var after = before.nextRevision().build();
        var reply = new QueuedReply(before.id().value() + "-" + after.version(), before.id(), request.method(),
                text(before, request), request.template(), staff.actor(), now);
        var queued = TimelineEvent.replyQueued(reply.replyId(), reply.method().name(),
                reply.template() == null ? null : reply.template().name(), reply.text(), now, staff.actor());
        return new Queued(reply, ComplaintChange.of(before, after, List.of(queued)));
    }

    private boolean recordNotQueued(Complaint after, QueuedReply reply) {
        try {
            recorder.recordFact(after, TimelineEvent.replyNotQueued(reply.replyId(), reply.method().name(),
                    clock.instant(), reply.requestedBy()));
            return true;
        } catch (RuntimeException alsoFailed) {
            return false;
        }
    }

    /** The reply's text within its channel's limit, quoting the tracking code (see {@link ReplyText}). */
    private String text(Complaint complaint, ReplyRequest request) {
        var code = complaint.trackingCode().value();
        var text = request.template() == null ? request.text() : render(complaint, request);
        try {
            return request.method() == ReplyMethod.PUBLIC_COMMENT_REPLY
                    ? ReplyText.comment(text, code).value()
                    : ReplyText.directMessage(text, code).value();
        } catch (ReplyTextRejected rejected) {
            throw new InvalidAction("text", rejected.explanation());
        }
    }

    private String render(Complaint complaint, ReplyRequest request) {
        var context = ReplyContext.forComplaint(complaint.trackingCode().value());
        if (complaint.unit() != null) {
            var unit = complaint.unit();
            context = context.withUnit(config.units().find(unit).map(u -> u.name()).orElse(unit));
        }
        if (complaint.rejection() != null && complaint.rejection().referral() != null) {
            context = context.withReferral(complaint.rejection().referral());
        }
        if (complaint.rejection() != null && complaint.rejection().duplicateOf() != null) {
            context = context.withOriginal(complaint.rejection().duplicateOf().value());
        }
        try {
            return config.replyTemplates().render(request.template(), context);
        } catch (TemplateValueMissing missing) {
            throw new InvalidAction("template", Phrase.of("error.reply.templateDoesNotFit", request.template(),
                    missing.placeholder().token()));
        }
    }
}

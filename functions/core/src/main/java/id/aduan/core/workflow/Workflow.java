package id.aduan.core.workflow;

import id.aduan.core.complaint.Actor;
import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.Rejection;
import id.aduan.core.complaint.RejectionReason;
import id.aduan.core.complaint.ReporterMessage;
import id.aduan.core.complaint.TimelineEvent;
import id.aduan.core.kernel.Priority;
import id.aduan.core.kernel.Status;
import id.aduan.core.language.Phrase;
import id.aduan.core.sla.ComplaintClocks;
import id.aduan.core.sla.SlaRules;
import id.aduan.core.unit.UnitCatalog;
import id.aduan.core.workflow.StaffAction.AddNote;
import id.aduan.core.workflow.StaffAction.AskForInformation;
import id.aduan.core.workflow.StaffAction.Assign;
import id.aduan.core.workflow.StaffAction.ChangePriority;
import id.aduan.core.workflow.StaffAction.Close;
import id.aduan.core.workflow.StaffAction.Forward;
import id.aduan.core.workflow.StaffAction.Reject;
import id.aduan.core.workflow.StaffAction.Reopen;
import id.aduan.core.workflow.StaffAction.Reroute;
import id.aduan.core.workflow.StaffAction.Resolve;
import id.aduan.core.workflow.StaffAction.StartFollowUp;
import id.aduan.core.workflow.StaffAction.Verify;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The complaint workflow of WORKFLOW-AND-SLA.md: which actions each status allows, what each does to
 * the complaint and its SLA clocks, and what it records in the timeline. Every applied action raises
 * the version by one; its events' keys derive from the new version, so a retried write cannot record
 * an action twice.
 *
 * <p>The <em>objection window</em> is how long after RESOLVED the reporter (by writing again) or
 * staff may reopen a complaint; its end is fixed when the complaint is resolved, and at that instant
 * the complaint closes by itself unless staff closed it first.
 */
public final class Workflow {

    /** Two weeks: long enough for a reporter to notice the work was not done, short enough to close. */
    public static final Duration DEFAULT_OBJECTION_WINDOW = Duration.ofDays(14);

    /** The reason recorded when a complaint closes by itself. */
    public static final String OBJECTION_WINDOW_PASSED = "OBJECTION_WINDOW_PASSED";

    private final Duration objectionWindow;

    public Workflow(Duration objectionWindow) {
        if (objectionWindow.isNegative() || objectionWindow.isZero()) {
            throw new IllegalArgumentException("the objection window must be positive: " + objectionWindow);
        }
        this.objectionWindow = objectionWindow;
    }

    public Duration objectionWindow() {
        return objectionWindow;
    }

    /** Every action the workflow allows on the complaint at {@code now}, whoever asks. */
    public Set<ActionKind> allowed(Complaint complaint, Instant now) {
        var allowed = EnumSet.noneOf(ActionKind.class);
        for (ActionKind kind : ActionKind.values()) {
            if (kind.from().contains(complaint.status()) && (kind != ActionKind.REOPEN || withinObjectionWindow(complaint, now))) {
                allowed.add(kind);
            }
        }
        return allowed;
    }

    /** Checks the action against the complaint and returns what it changes; throws if it may not be taken. */
    public ComplaintChange apply(Complaint before, StaffAction action, ActionContext context) {
        var allowed = allowed(before, context.now());
        if (!allowed.contains(action.kind())) {
            throw new MoveNotAllowed(action.kind(), before.status(), allowed, why(before, action.kind()));
        }
        var change = new Change(before, context);
        switch (action) {
            case Verify verify -> verify(change, verify);
            case AskForInformation ask -> change.move(Status.NEEDS_INFO, ask.note(), Map.of())
                    .statusBeforeInfoRequest(before.status());
            case Forward forward -> forward(change, forward);
            case Reroute reroute -> reroute(change, reroute);
            case StartFollowUp start -> change.move(Status.IN_PROGRESS, start.note(), Map.of());
            case Resolve resolve -> change.move(Status.RESOLVED, resolve.note(), Map.of()).resolvedAt(context.now())
                    .objectionEndsAt(context.now().plus(objectionWindow));
            case Close close -> change.move(Status.CLOSED, close.note(), Map.of());
            case Reopen reopen -> change.move(Status.IN_PROGRESS, reopen.reason(), Map.of()).resolvedAt(null)
                    .objectionEndsAt(null);
            case Reject reject -> reject(change, reject);
            case Assign assign -> assign(change, assign);
            case AddNote note -> change.events.add(TimelineEvent.noteAdded(change.key("note"), context.now(),
                    context.actor(), note.text()));
            case ChangePriority priority -> changePriority(change, priority.priority(), priority.reason());
        }
        return change.build();
    }

    /**
     * What a reporter's new message does to their complaint: an answer to a request for information
     * takes it back to where it was; a message within the objection window after it was resolved
     * reopens it. Empty when the message changes no status.
     */
    public Optional<ComplaintChange> onReporterMessage(Complaint before, ReporterMessage message, SlaRules rules) {
        Status to;
        String reason;
        if (before.status() == Status.NEEDS_INFO) {
            to = Objects.requireNonNullElse(before.statusBeforeInfoRequest(), Status.NEW);
            reason = "REPORTER_ANSWERED";
        } else if (before.status() == Status.RESOLVED && withinObjectionWindow(before, message.sentAt())) {
            to = Status.IN_PROGRESS;
            reason = "REPORTER_OBJECTED";
        } else {
            return Optional.empty();
        }
        boolean reopened = to == Status.IN_PROGRESS;
        var after = before.nextRevision().status(to).statusBeforeInfoRequest(null)
                .resolvedAt(reopened ? null : before.resolvedAt())
                .objectionEndsAt(reopened ? null : before.objectionEndsAt())
                .clocks(before.clocks() == null ? null
                        : before.clocks().onStatusChange(before.status(), to, message.sentAt(), rules))
                .build();
        var event = TimelineEvent.statusChanged("answer/" + message.instagramId(), message.sentAt(), Actor.REPORTER,
                before.status(), to, reason, Map.of("instagramId", message.instagramId()));
        return Optional.of(ComplaintChange.of(before, after, List.of(event)));
    }

    /**
     * Closes a RESOLVED complaint whose objection window has ended by {@code now}, as {@code actor};
     * empty when it is not due to close. Staff closing it themselves earlier is a {@link Close} action.
     */
    public Optional<ComplaintChange> closeAfterObjectionWindow(Complaint before, Actor actor, Instant now,
                                                               SlaRules rules) {
        if (before.autoCloseAt().filter(closesAt -> !now.isBefore(closesAt)).isEmpty()) {
            return Optional.empty();
        }
        var change = new Change(before, new ActionContext(actor, now, UnitCatalog.DEFAULT, rules, Optional.empty()));
        change.move(Status.CLOSED, OBJECTION_WINDOW_PASSED,
                Map.of("objectionEndedAt", before.objectionEndsAt().toString()));
        return Optional.of(change.build());
    }

    private static boolean withinObjectionWindow(Complaint complaint, Instant at) {
        return complaint.autoCloseAt().filter(at::isBefore).isPresent();
    }

    private Phrase why(Complaint complaint, ActionKind kind) {
        if (kind == ActionKind.REOPEN && complaint.status() == Status.RESOLVED) {
            return Phrase.of("error.objectionWindowPassed", objectionWindow.toDays());
        }
        return Phrase.of("error.moveNotAllowed", kind.phrase(), complaint.status().phrase());
    }

    private static void verify(Change change, Verify verify) {
        var context = change.context;
        var before = change.before;
        requireUnit(context, verify.unit(), "unit");
        var clocks = before.clocks() == null
                ? ComplaintClocks.onReceived(before.receivedAt(), verify.priority(), verify.category(), context.rules())
                : retargeted(before.clocks(), verify.priority(), verify.category(), context);
        change.builder.clocks(clocks).unit(verify.unit()).category(verify.category()).priority(verify.priority())
                .statusBeforeInfoRequest(null);
        change.move(Status.VERIFIED, verify.note(), Map.of("category", verify.category()));
        change.routedTo(verify.unit(), null);
        if (verify.priority() != before.priority()) {
            change.events.add(TimelineEvent.priorityChanged(change.key("priority"), context.now(), context.actor(),
                    before.priority(), verify.priority(), null));
        }
    }

    private static ComplaintClocks retargeted(ComplaintClocks clocks, Priority priority, String category,
                                              ActionContext context) {
        var result = clocks;
        if (clocks.priority() != priority) {
            result = result.onPriorityChange(priority, context.now(), context.rules());
        }
        if (!clocks.category().equals(category)) {
            result = result.onCategoryChange(category, context.now(), context.rules());
        }
        return result;
    }

    private static void forward(Change change, Forward forward) {
        var unit = forward.unit() != null ? forward.unit() : change.before.unit();
        if (unit == null) {
            throw new InvalidAction("unit", Phrase.of("error.forward.unitRequired"));
        }
        requireUnit(change.context, unit, "unit");
        change.move(Status.FORWARDED, forward.note(), Map.of("unit", unit));
        change.routedTo(unit, null);
    }

    private static void reroute(Change change, Reroute reroute) {
        requireUnit(change.context, reroute.unit(), "unit");
        if (reroute.unit().equals(change.before.unit())) {
            throw new InvalidAction("unit", Phrase.of("error.reroute.sameUnit", reroute.unit()));
        }
        change.builder.clocks(change.before.clocks() == null ? null : change.before.clocks()
                .onStatusChange(Status.FORWARDED, Status.FORWARDED, change.context.now(), change.context.rules()));
        change.routedTo(reroute.unit(), reroute.reason());
    }

    private static void reject(Change change, Reject reject) {
        var context = change.context;
        var before = change.before;
        var details = new LinkedHashMap<String, String>();
        details.put("rejection", reject.reason().name());
        if (reject.reason() == RejectionReason.DUPLICATE) {
            var original = context.original().filter(o -> o.trackingCode().equals(reject.duplicateOf()))
                    .orElseThrow(() -> new InvalidAction("duplicateOf", Phrase.of("error.notFound.complaint", reject.duplicateOf())));
            if (original.id().equals(before.id())) {
                throw new InvalidAction("duplicateOf", Phrase.of("error.duplicate.itself"));
            }
            if (!original.acceptsFollowUps()) {
                throw new InvalidAction("duplicateOf", Phrase.of("error.duplicate.originalNotOpen",
                        original.trackingCode(), original.status().phrase()));
            }
            details.put("duplicateOf", original.trackingCode().value());
            change.linked = new LinkedEvent(original.id(), TimelineEvent.merged(before.id(), before.trackingCode(),
                    context.now(), context.actor(), reject.note()));
        }
        if (reject.referral() != null) {
            details.put("referral", reject.referral());
        }
        change.builder.rejection(new Rejection(reject.reason(), reject.note(), reject.referral(), reject.duplicateOf()))
                .statusBeforeInfoRequest(null);
        change.move(Status.REJECTED, reject.note(), details);
        if (reject.reason() == RejectionReason.NOT_A_COMPLAINT || reject.reason() == RejectionReason.SPAM) {
            change.learnedAs(reject.reason().name());
        }
    }

    private static void assign(Change change, Assign assign) {
        var from = change.before.assignee();
        var to = assign.assignee();
        if (Objects.equals(from == null ? null : from.id(), to == null ? null : to.id())) {
            throw new InvalidAction("assignee", to == null ? Phrase.of("error.assign.nobody")
                    : Phrase.of("error.assign.already", to.id()));
        }
        change.builder.assignee(to);
        change.events.add(TimelineEvent.assigned(change.key("assigned"), change.context.now(), change.context.actor(),
                from, to));
    }

    private static void changePriority(Change change, Priority priority, String reason) {
        var before = change.before;
        if (priority == before.priority()) {
            throw new InvalidAction("priority", Phrase.of("error.priority.unchanged", priority));
        }
        change.builder.priority(priority).clocks(before.clocks() == null ? null
                : before.clocks().onPriorityChange(priority, change.context.now(), change.context.rules()));
        change.events.add(TimelineEvent.priorityChanged(change.key("priority"), change.context.now(),
                change.context.actor(), before.priority(), priority, reason));
    }

    private static void requireUnit(ActionContext context, String unit, String field) {
        if (!context.units().contains(unit)) {
            throw new InvalidAction(field, Phrase.of("error.unit.unknown", unit));
        }
    }

    /** One action's effects as they build up. */
    private static final class Change {
        final Complaint before;
        final ActionContext context;
        final Complaint.Builder builder;
        final List<TimelineEvent> events = new ArrayList<>();
        final long version;
        ConfirmedRouting confirmedRouting;
        LinkedEvent linked;

        Change(Complaint before, ActionContext context) {
            this.before = before;
            this.context = context;
            this.version = before.nextVersion();
            this.builder = before.nextRevision();
        }

        String key(String what) {
            return "v" + version + "/" + what;
        }

        /** Moves to {@code to}: the clocks follow, the move is recorded. */
        Complaint.Builder move(Status to, String reason, Map<String, String> details) {
            var clocks = builder.build().clocks();
            builder.status(to).clocks(clocks == null ? null
                    : clocks.onStatusChange(before.status(), to, context.now(), context.rules()));
            events.add(TimelineEvent.statusChanged(key("status"), context.now(), context.actor(), before.status(), to,
                    reason, details));
            return builder;
        }

        /**
         * The complaint goes to (or stays with) {@code unit}: recorded when it changes, and in any case
         * a routing example, since staff confirmed it. A new unit assigns its own people.
         */
        void routedTo(String unit, String reason) {
            if (!unit.equals(before.unit())) {
                builder.unit(unit).assignee(null);
                events.add(TimelineEvent.routed(key("routed"), context.now(), context.actor(), before.unit(), unit,
                        reason));
            }
            learnedAs(unit);
        }

        /** Staff's verdict on the text, a unit or a rejection, as an example for the router to learn. */
        void learnedAs(String label) {
            if (before.text() != null && !before.text().isBlank()) {
                confirmedRouting = new ConfirmedRouting(before.id(), label, before.text(), context.now());
            }
        }

        ComplaintChange build() {
            return new ComplaintChange(before, builder.build(), events, Optional.ofNullable(confirmedRouting),
                    Optional.ofNullable(linked));
        }
    }
}

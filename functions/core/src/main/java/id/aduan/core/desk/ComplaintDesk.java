package id.aduan.core.desk;

import id.aduan.core.access.Access;
import id.aduan.core.access.NotPermitted;
import id.aduan.core.access.StaffMember;
import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.ComplaintDetail;
import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.complaint.ComplaintPage;
import id.aduan.core.complaint.ComplaintQuery;
import id.aduan.core.complaint.ComplaintStore;
import id.aduan.core.complaint.TimelineEvent;
import id.aduan.core.config.ConfigStore;
import id.aduan.core.kernel.VersionConflict;
import id.aduan.core.language.Phrase;
import id.aduan.core.reply.ReplyPlan;
import id.aduan.core.reply.ReplySituation;
import id.aduan.core.workflow.ActionContext;
import id.aduan.core.workflow.ChangeResult;
import id.aduan.core.workflow.InvalidAction;
import id.aduan.core.workflow.StaffAction;
import id.aduan.core.workflow.Workflow;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/** Where staff list, open and work complaints: access, versions and the workflow, in one place. */
public final class ComplaintDesk {

    /** Duplicates shown with their messages when a complaint is opened. */
    static final int MERGED_SHOWN = 10;

    private final ComplaintStore store;
    private final ComplaintChanges changes;
    private final ComplaintListing listing;
    private final ConfigStore config;
    private final Workflow workflow;
    private final Clock clock;
    private final boolean humanAgentEnabled;
    private final Counter counter;

    public ComplaintDesk(ComplaintStore store, ComplaintChanges changes, ComplaintListing listing, ConfigStore config,
                         Workflow workflow, Clock clock, boolean humanAgentEnabled) {
        this.store = store;
        this.changes = changes;
        this.listing = listing;
        this.config = config;
        this.workflow = workflow;
        this.clock = clock;
        this.humanAgentEnabled = humanAgentEnabled;
        this.counter = new Counter(store);
    }

    /**
     * A work queue; unit staff always get their own unit's, and asking for another unit's is refused. A
     * member who may not see personal data searches the text as they see it, masked.
     */
    public ComplaintPage list(StaffMember staff, ComplaintQuery query) {
        if (!Access.mayRead(staff)) {
            throw new NotPermitted(Phrase.of("error.forbidden.read"));
        }
        var scope = Access.unitScope(staff);
        if (scope.isPresent() && query.unit() != null && !query.unit().equals(scope.get())) {
            throw new NotPermitted(Phrase.of("error.forbidden.otherUnit", scope.get()));
        }
        var scoped = scope.map(query::withUnit).orElse(query);
        return listing.page(Access.seesPersonalData(staff) ? scoped : scoped.searchingMaskedTextOnly());
    }

    public OpenedComplaint open(StaffMember staff, String reference) {
        var detail = counter.visibleDetail(staff, reference);
        var now = clock.instant();
        var actions = EnumSet.copyOf(workflow.allowed(detail.complaint(), now));
        actions.retainAll(Access.actions(staff));
        return new OpenedComplaint(detail, merged(detail), ReplyPlan.of(ReplySituation.of(detail, humanAgentEnabled), now),
                actions);
    }

    /** Takes a workflow action on the version the member read; returns the complaint as it now is. */
    public Complaint act(StaffMember staff, String reference, long expectedVersion, StaffAction action) {
        var written = StaffDecision.write(changes, expectedVersion, () -> permitted(staff, reference, action),
                before -> before, before -> workflow.apply(before, action, new ActionContext(staff.actor(),
                        clock.instant(), config.units(), config.slaRules(), original(staff, action))),
                change -> change);
        return switch (written.result()) {
            case ChangeResult.Applied applied -> written.decision().after();
            case ChangeResult.StaleVersion(long current) -> throw new VersionConflict(expectedVersion, current);
            case ChangeResult.NotFound notFound -> throw new ComplaintNotFound(reference);
            case ChangeResult.LinkedComplaintClosed(ComplaintId original) -> throw new InvalidAction("duplicateOf",
                    Phrase.of("error.duplicate.originalClosedMeanwhile"));
        };
    }

    private Complaint permitted(StaffMember staff, String reference, StaffAction action) {
        var complaint = counter.visible(staff, reference);
        if (action instanceof StaffAction.Assign assign) {
            Access.requireMayAssign(staff, assign.assignee() == null ? null : assign.assignee().id());
        } else {
            Access.require(staff, action.kind());
        }
        return complaint;
    }

    /** The original a duplicate is merged into, if the member can see it: merging never reveals a complaint. */
    private Optional<Complaint> original(StaffMember staff, StaffAction action) {
        if (!(action instanceof StaffAction.Reject reject) || reject.duplicateOf() == null) {
            return Optional.empty();
        }
        return store.findByTrackingCode(reject.duplicateOf()).flatMap(store::find)
                .filter(complaint -> Access.canSee(staff, complaint));
    }

    /**
     * The duplicates merged into the complaint, with their messages: one read per duplicate, so only the
     * first {@link #MERGED_SHOWN}; the timeline's MERGED events name every one.
     */
    private List<MergedComplaint> merged(ComplaintDetail detail) {
        return detail.timeline().stream()
                .filter(event -> event.type() == TimelineEvent.Type.MERGED)
                .limit(MERGED_SHOWN)
                .map(event -> new ComplaintId(event.details().get("duplicateId")))
                .flatMap(id -> store.load(id).stream())
                .map(duplicate -> new MergedComplaint(duplicate.complaint().id(), duplicate.complaint().trackingCode(),
                        duplicate.messages()))
                .toList();
    }
}

package id.aduan.core.desk;

import id.aduan.core.access.Access;
import id.aduan.core.access.NotPermitted;
import id.aduan.core.access.StaffMember;
import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.RejectionReason;
import id.aduan.core.language.Phrase;
import id.aduan.core.workflow.ActionKind;
import id.aduan.core.workflow.InvalidAction;
import id.aduan.core.workflow.StaffAction;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The work queue as a whole: how many complaints wait in it, and rejecting many at once (the praise,
 * questions and spam triage sorted out). Each complaint of a bulk rejection goes through the desk on
 * its own, with its own version check and timeline event, so one refusal stops nothing else.
 */
public final class QueueDesk {

    /** Complaints one bulk action takes: a screenful of a queue, and a bounded request. */
    public static final int MOST_AT_ONCE = 50;
    private static final Set<RejectionReason> BULK_REASONS = Set.of(RejectionReason.NOT_A_COMPLAINT, RejectionReason.SPAM);

    private final ComplaintDesk desk;
    private final ComplaintCounting counting;
    private final Clock clock;

    public QueueDesk(ComplaintDesk desk, ComplaintCounting counting, Clock clock) {
        this.desk = desk;
        this.counting = counting;
        this.clock = clock;
    }

    /** The counts of the member's scope: everything, or their unit's. */
    public QueueCounts counts(StaffMember staff) {
        if (!Access.mayRead(staff)) {
            throw new NotPermitted(Phrase.of("error.forbidden.read"));
        }
        return counting.count(Access.unitScope(staff).orElse(null), clock.instant());
    }

    /** One complaint of a bulk action, with the version the member read. */
    public record Target(String reference, long version) {
    }

    /** What became of one complaint of a bulk action. */
    public sealed interface Outcome {
        String reference();

        record Done(String reference, Complaint complaint) implements Outcome {
        }

        record Refused(String reference, RuntimeException failure) implements Outcome {
        }
    }

    /**
     * Rejects every complaint listed as not a complaint or spam, with one note. A member whose roles
     * may not reject is refused as a whole; otherwise each complaint is rejected or refused on its own.
     */
    public List<Outcome> reject(StaffMember staff, RejectionReason reason, String note, List<Target> targets) {
        Access.require(staff, ActionKind.REJECT);
        if (!BULK_REASONS.contains(reason)) {
            throw new InvalidAction("rejection", Phrase.of("error.bulk.rejection"));
        }
        if (targets.isEmpty() || targets.size() > MOST_AT_ONCE) {
            throw new InvalidAction("complaints", Phrase.of("error.bulk.size", MOST_AT_ONCE));
        }
        var listed = new HashSet<String>();
        for (Target target : targets) {
            if (!listed.add(target.reference().strip().toUpperCase(Locale.ROOT))) {
                throw new InvalidAction("complaints", Phrase.of("error.bulk.repeated", target.reference()));
            }
        }
        var action = new StaffAction.Reject(reason, note, null, null);
        return targets.stream().map(target -> outcome(staff, target, action)).toList();
    }

    private Outcome outcome(StaffMember staff, Target target, StaffAction action) {
        try {
            return new Outcome.Done(target.reference(), desk.act(staff, target.reference(), target.version(), action));
        } catch (RuntimeException refused) {
            return new Outcome.Refused(target.reference(), refused);
        }
    }
}

package id.aduan.core.desk;

import id.aduan.core.complaint.Complaint;
import id.aduan.core.workflow.ChangeResult;
import id.aduan.core.workflow.ComplaintChange;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Writes what a staff member decided on the version they read. Their decision is refused only when a
 * person changed the complaint since (the staff version moved on). When only system bookkeeping wrote
 * it between this read and this write (an SLA level marked sent, a reply's outcome, a mention's text),
 * the write fails on the revision, and the decision is taken again on the complaint as it now is: the
 * bookkeeping is kept and the decision applies, nothing is lost on either side.
 */
final class StaffDecision {

    private static final int ATTEMPTS = 4;

    private StaffDecision() {
    }

    /** A decision written, or the result that stopped it; {@code StaleVersion} means a person's change. */
    record Outcome<D>(D decision, ChangeResult result) {
    }

    /**
     * Reads (with the member's access checks), checks the version, decides and writes, again while only
     * the system wrote meanwhile.
     */
    static <R, D> Outcome<D> write(ComplaintChanges changes, long expectedVersion, Supplier<R> read,
                                   Function<R, Complaint> complaint, Function<R, D> decide,
                                   Function<D, ComplaintChange> change) {
        for (int attempt = 1; ; attempt++) {
            var state = read.get();
            Counter.requireVersion(complaint.apply(state), expectedVersion);
            var decision = decide.apply(state);
            var result = changes.apply(change.apply(decision));
            boolean systemWroteMeanwhile = result instanceof ChangeResult.StaleVersion(long current)
                    && current == expectedVersion;
            if (!systemWroteMeanwhile || attempt == ATTEMPTS) {
                return new Outcome<>(decision, result);
            }
        }
    }
}

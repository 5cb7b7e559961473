package id.aduan.core.desk;

import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.ComplaintStore;
import id.aduan.core.complaint.TimelineEvent;
import id.aduan.core.workflow.ChangeResult;
import id.aduan.core.workflow.ComplaintChange;
import java.util.List;
import java.util.function.LongFunction;

/**
 * Records something that already happened outside Aduan (Instagram hid a comment, the queue refused a
 * reply): a fact, not a decision, so a concurrent change of the complaint does not stop it; it is
 * written again over the newer version.
 */
final class Recorder {

    private static final int ATTEMPTS = 4;

    private final ComplaintStore store;
    private final ComplaintChanges changes;

    Recorder(ComplaintStore store, ComplaintChanges changes) {
        this.store = store;
        this.changes = changes;
    }

    /**
     * Records what a staff member did outside Aduan (hid a comment): a decision, so the staff version
     * moves on; writes the event made for the new version. Returns the complaint as recorded.
     */
    Complaint recordDecision(Complaint read, LongFunction<TimelineEvent> eventAtVersion) {
        return record(read, true, eventAtVersion);
    }

    /** Records a system fact (the queue refused a reply): the staff version stays. */
    Complaint recordFact(Complaint read, TimelineEvent event) {
        return record(read, false, version -> event);
    }

    private Complaint record(Complaint read, boolean decision, LongFunction<TimelineEvent> eventAtVersion) {
        var before = read;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            var after = decision ? before.nextRevision().build() : before;
            var result = changes.apply(ComplaintChange.of(before, after, List.of(eventAtVersion.apply(after.version()))));
            if (result instanceof ChangeResult.Applied) {
                return after;
            }
            before = store.find(read.id()).orElseThrow(() -> new ComplaintNotFound(read.id().value()));
        }
        throw new IllegalStateException("complaint " + read.id() + " kept changing while recording an event");
    }
}

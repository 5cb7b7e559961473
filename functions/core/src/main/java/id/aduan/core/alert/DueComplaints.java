package id.aduan.core.alert;

import id.aduan.core.complaint.ComplaintId;
import java.time.Instant;
import java.util.Iterator;
import java.util.Optional;

/**
 * The complaints due at one moment, the longest due first, read page by page as the caller advances; and
 * when the first of them fell due, which the read that found it already tells (no second read for the
 * sweep's lag).
 */
public interface DueComplaints extends Iterator<ComplaintId> {

    /**
     * When the longest-due complaint fell due, as read when this began: how far the sweep is behind (a
     * sweep a minute finds nothing older than a minute or so). Empty when nothing was due.
     */
    Optional<Instant> oldestDueAt();

    /** Complaints already read, with when the first fell due. */
    static DueComplaints of(Iterator<ComplaintId> complaints, Optional<Instant> oldestDueAt) {
        return new DueComplaints() {
            @Override
            public Optional<Instant> oldestDueAt() {
                return oldestDueAt;
            }

            @Override
            public boolean hasNext() {
                return complaints.hasNext();
            }

            @Override
            public ComplaintId next() {
                return complaints.next();
            }
        };
    }
}

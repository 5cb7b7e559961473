package id.aduan.core.alert;

import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.complaint.TimelineEvent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the SLA sweep reads and writes: only complaints that are due (an alert owed, or the end of the
 * objection window), found through the due index.
 */
public interface SlaStore {

    /**
     * The complaints whose next SLA alert or automatic close fell due by {@code now}, the longest due
     * first, read page by page as the caller advances.
     */
    DueComplaints dueBy(Instant now);

    /** The complaint's current state, read strongly consistent. */
    Optional<Complaint> find(ComplaintId id);

    /**
     * In one transaction, only if the complaint is still at {@code before}'s version: its new state
     * (alerts marked sent and the next due instant moved on, or closed), the timeline events and the
     * alerts, pending in the outbox.
     */
    RecordResult record(Complaint before, Complaint after, List<TimelineEvent> events, List<RecordedAlert> alerts);
}

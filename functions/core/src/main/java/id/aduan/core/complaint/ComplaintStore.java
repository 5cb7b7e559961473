package id.aduan.core.complaint;

import id.aduan.core.kernel.Status;
import java.util.List;
import java.util.Optional;

/** Reads complaints for the people who work them. */
public interface ComplaintStore {

    /** The complaint with its messages and timeline, read in one request. */
    Optional<ComplaintDetail> load(ComplaintId id);

    Optional<ComplaintId> findByTrackingCode(TrackingCode code);

    /** The complaint's current state alone, without messages and timeline. */
    Optional<Complaint> find(ComplaintId id);

    /** The newest complaints in a status, newest first, from the status work queue. */
    List<Complaint> newest(Status status, int limit);
}

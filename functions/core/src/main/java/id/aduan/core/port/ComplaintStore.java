package id.aduan.core.port;

import id.aduan.core.complaint.ComplaintDetail;
import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.complaint.TrackingCode;
import java.util.Optional;

/** Reads complaints for the people who work them. */
public interface ComplaintStore {

    /** The complaint with its messages and timeline, read in one request. */
    Optional<ComplaintDetail> load(ComplaintId id);

    Optional<ComplaintId> findByTrackingCode(TrackingCode code);
}

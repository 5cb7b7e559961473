package id.aduan.core.ingest;

import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.ComplaintId;
import java.util.Optional;

/** What ingestion reads before it decides where a change belongs. */
public interface IngestionLookup {

    /** What an Instagram object became when it was taken in, or the placeholder waiting for it. */
    Optional<ObjectClaim> findClaim(String claimKey);

    /** The complaint a DM conversation currently routes to, if any. */
    Optional<ComplaintId> findConversation(String conversationKey);

    Optional<Complaint> findComplaint(ComplaintId id);
}

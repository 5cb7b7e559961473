package id.aduan.core.ingest;

import id.aduan.core.complaint.ComplaintId;
import java.time.Instant;
import java.util.Objects;

/**
 * The record that an Instagram object (a comment, a DM, an edit) has been taken in. It points at the
 * complaint the object became part of, so later replies, edits and the team's own answers find it.
 *
 * <p>A claim can also be a placeholder: an edit or unsend that arrived before the message it changes
 * (deliveries arrive out of order) waits here as a {@link PendingChange} until the message comes.
 */
public record ObjectClaim(String claimKey, ComplaintId complaintId, String reporterId, Instant messageSentAt,
                          boolean opening, PendingChange pending) {

    public ObjectClaim {
        Objects.requireNonNull(claimKey, "claimKey");
    }

    public static ObjectClaim placeholder(String claimKey, PendingChange pending) {
        return new ObjectClaim(claimKey, null, null, null, false, Objects.requireNonNull(pending));
    }

    public boolean isPlaceholder() {
        return pending != null;
    }

    /** True when the object became (part of) a complaint, false for the city's own comments. */
    public boolean belongsToComplaint() {
        return complaintId != null;
    }
}

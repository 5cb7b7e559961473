package id.aduan.core.ingest;

import id.aduan.core.complaint.Channel;
import id.aduan.core.complaint.ComplaintId;
import java.util.Objects;

/**
 * A mention whose text is still to be fetched from the Graph API: the complaint it opened, whether it
 * is a comment or a caption, the mentioned object's id, and how many fetches failed so far.
 */
public record PendingFetch(ComplaintId complaintId, Channel channel, String objectId, int attempts) {
    public PendingFetch {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(objectId, "objectId");
    }
}

package id.aduan.core.ingest;

import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.complaint.ReporterMessage;
import id.aduan.core.complaint.TimelineEvent;
import java.util.Objects;

/** A later message of the reporter, attached to their open complaint. */
public record FollowUp(ComplaintId complaintId, ReporterMessage message, TimelineEvent event, String claimKey,
                       String reporterId, ObjectClaim replacing) {
    public FollowUp {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(claimKey, "claimKey");
    }

    public FollowUp replacing(ObjectClaim placeholder) {
        return new FollowUp(complaintId, message, event, claimKey, reporterId, placeholder);
    }
}

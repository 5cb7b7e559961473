package id.aduan.core.ingest;

import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.complaint.ReporterMessage;
import id.aduan.core.complaint.TimelineEvent;
import id.aduan.core.workflow.ComplaintChange;
import java.util.Objects;

/**
 * A later message of the reporter, attached to their open complaint.
 *
 * @param readAt       null for a plain attach; else the complaint as read, and the attach applies only
 *                     at that version (the message may move a complaint waiting for the reporter)
 * @param statusChange what the message does to the complaint read at {@code readAt}, if anything
 */
public record FollowUp(ComplaintId complaintId, ReporterMessage message, TimelineEvent event, String claimKey,
                       String reporterId, ObjectClaim replacing, Complaint readAt, ComplaintChange statusChange) {
    public FollowUp {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(claimKey, "claimKey");
        if (statusChange != null && statusChange.before() != readAt) {
            throw new IllegalArgumentException("a status change applies to the complaint as read");
        }
    }

    public FollowUp(ComplaintId complaintId, ReporterMessage message, TimelineEvent event, String claimKey,
                    String reporterId, ObjectClaim replacing) {
        this(complaintId, message, event, claimKey, reporterId, replacing, null, null);
    }

    public FollowUp replacing(ObjectClaim placeholder) {
        return new FollowUp(complaintId, message, event, claimKey, reporterId, placeholder, readAt, statusChange);
    }

    /** The same follow-up, attached over the complaint as read, with what it does to it (or null). */
    public FollowUp over(Complaint read, ComplaintChange change) {
        return new FollowUp(complaintId, message, event, claimKey, reporterId, replacing, read, change);
    }
}

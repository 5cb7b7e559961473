package id.aduan.core.ingest;

import id.aduan.core.complaint.Complaint;
import java.util.Objects;

/**
 * How attaching a {@link FollowUp} ended. Only {@link Attached} wrote anything; {@link Superseded} only
 * for an attach over a complaint as read.
 */
public sealed interface AttachResult permits AttachResult.Attached, ClaimTaken, AttachResult.ComplaintNotOpen,
        AttachResult.ComplaintAwaitsReporter, Superseded {

    record Attached() implements AttachResult {
    }

    /** The complaint was closed or rejected meanwhile (or is gone): the message opens a new complaint. */
    record ComplaintNotOpen() implements AttachResult {
    }

    /**
     * The complaint waits for the reporter (NEEDS_INFO) or was resolved: a message from them may move
     * it, so it is attached again over the version read ({@code current}).
     */
    record ComplaintAwaitsReporter(Complaint current) implements AttachResult {
        public ComplaintAwaitsReporter {
            Objects.requireNonNull(current, "current");
        }
    }
}

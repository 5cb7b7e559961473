package id.aduan.core.ingest;

import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.ComplaintId;

/** How an atomic ingestion write ended. Only {@link Written} changed anything. */
public sealed interface WriteResult {

    record Written() implements WriteResult {
    }

    /** The Instagram object was claimed before: by an earlier delivery, or by a placeholder. */
    record ClaimTaken(ObjectClaim existing) implements WriteResult {
    }

    /** The random tracking code is in use; try another. */
    record TrackingCodeTaken() implements WriteResult {
    }

    /** The conversation now points at another complaint (a concurrent message opened it). */
    record ConversationMoved(ComplaintId current) implements WriteResult {
    }

    /** The complaint was closed or rejected meanwhile: the message opens a new complaint. */
    record ComplaintNotOpen() implements WriteResult {
    }

    /**
     * The complaint waits for the reporter (NEEDS_INFO) or was resolved: a message from them may move
     * it, so it is attached again over the version read ({@code current}).
     */
    record ComplaintAwaitsReporter(Complaint current) implements WriteResult {
    }

    /** The item changed since it was read; the change was not applied. */
    record Superseded() implements WriteResult {
    }

    WriteResult WRITTEN = new Written();
}

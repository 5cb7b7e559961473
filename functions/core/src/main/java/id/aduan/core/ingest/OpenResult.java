package id.aduan.core.ingest;

import id.aduan.core.complaint.ComplaintId;

/** How writing a {@link NewComplaint} ended. Only {@link Opened} wrote anything. */
public sealed interface OpenResult permits OpenResult.Opened, ClaimTaken, OpenResult.TrackingCodeTaken,
        OpenResult.ConversationMoved {

    record Opened() implements OpenResult {
    }

    /** The random tracking code is in use; try another. */
    record TrackingCodeTaken() implements OpenResult {
    }

    /**
     * The conversation now points at another complaint ({@code current}, null when the link is gone): a
     * concurrent message opened or moved it, so the message is routed again.
     */
    record ConversationMoved(ComplaintId current) implements OpenResult {
    }
}

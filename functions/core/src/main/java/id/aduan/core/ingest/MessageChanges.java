package id.aduan.core.ingest;

import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.complaint.ReporterMessage;
import id.aduan.core.complaint.TimelineEvent;
import java.time.Instant;
import java.util.Optional;

/** Applies a reporter's edits and unsends to the messages they change, or holds them until the message comes. */
public interface MessageChanges {

    Optional<ReporterMessage> findMessage(ComplaintId id, String messageId, Instant sentAt);

    /**
     * Replaces a stored message with its edited or unsent form, with its timeline event; the opening
     * message's text is also the complaint's. Applies only if the stored message is still
     * {@code before}, so a concurrent or repeated change cannot apply twice.
     */
    MessageChangeResult changeMessage(ComplaintId id, ReporterMessage before, ReporterMessage after, boolean opening,
                                      TimelineEvent event);

    /**
     * Keeps an edit or unsend whose message has not arrived, as a placeholder claim. {@code expected} is the
     * placeholder read before merging (null when there was none); the write applies only if it is unchanged.
     */
    HoldResult holdPending(String claimKey, PendingChange merged, PendingChange expected);
}

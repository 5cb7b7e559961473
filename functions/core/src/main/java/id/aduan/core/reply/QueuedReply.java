package id.aduan.core.reply;

import id.aduan.core.complaint.Actor;
import id.aduan.core.complaint.ComplaintId;
import java.time.Instant;
import java.util.Objects;

/**
 * A reply staff asked Aduan to send to the reporter, as it travels on the reply queue from the staff
 * API to the reply sender. {@code replyId} identifies it end to end: in the timeline (QUEUED, SENT,
 * FAILED), in the sender's claim that makes a redelivered message a no-op, and in its echo.
 *
 * @param template the template it was written from, if any (null for free text)
 */
public record QueuedReply(String replyId, ComplaintId complaintId, ReplyMethod method, String text,
                          TemplateKey template, Actor requestedBy, Instant requestedAt) {
    public QueuedReply {
        Objects.requireNonNull(replyId, "replyId");
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}

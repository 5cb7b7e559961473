package id.aduan.core.reply;

import id.aduan.core.complaint.ComplaintId;
import java.util.Objects;

/**
 * A reply Aduan sent, or may have sent, whose echo has not come back through the webhook yet. The echo
 * is recognised by its conversation and its text's fingerprint ({@link ReplyText#fingerprint}).
 */
public record AwaitedReply(String conversation, String replyId, ComplaintId complaintId, ReplyMethod method,
                           String target, String fingerprint) {

    public AwaitedReply {
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(replyId, "replyId");
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }
}

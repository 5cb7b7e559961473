package id.aduan.core.reply;

import id.aduan.core.complaint.ComplaintId;
import java.util.Objects;

/**
 * A queued reply made ready to send: the method staff chose, the Instagram id it goes to, the text as it
 * will be sent, and where its echo will come back (the webhook's conversation key), with the text's
 * fingerprint to recognise it there.
 *
 * @param target the comment to reply under (public), the citizen's Instagram-scoped id (DM) or the
 *     comment whose author gets the private reply
 */
public record OutgoingReply(String replyId, ComplaintId complaintId, ReplyMethod method, String target,
                            String echoConversation, String text) {

    public OutgoingReply {
        Objects.requireNonNull(replyId, "replyId");
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(echoConversation, "echoConversation");
        Objects.requireNonNull(text, "text");
    }

    public String fingerprint() {
        return ReplyText.fingerprint(text);
    }

    /** Whether this reply uses its comment's one private reply. */
    public boolean usesPrivateReply() {
        return method == ReplyMethod.PRIVATE_REPLY;
    }
}

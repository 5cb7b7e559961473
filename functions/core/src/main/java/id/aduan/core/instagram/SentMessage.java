package id.aduan.core.instagram;

import java.util.Objects;

/**
 * A direct message Instagram accepted. For a private reply the recipient id is the commenter's
 * Instagram-scoped id, which a later direct-message thread with them will carry.
 */
public record SentMessage(String recipientIgsid, String messageId) {

    public SentMessage {
        Objects.requireNonNull(recipientIgsid, "recipientIgsid");
        Objects.requireNonNull(messageId, "messageId");
    }
}

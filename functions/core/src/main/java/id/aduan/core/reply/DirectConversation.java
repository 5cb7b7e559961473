package id.aduan.core.reply;

import java.time.Instant;
import java.util.Objects;

/**
 * The citizen's direct-message thread with the account. Only a message from the citizen opens the
 * window for answering by DM; a comment or a private reply does not.
 */
public record DirectConversation(String reporterIgsid, Instant lastMessageAt) {

    public DirectConversation {
        Objects.requireNonNull(reporterIgsid, "reporterIgsid");
        Objects.requireNonNull(lastMessageAt, "lastMessageAt");
    }
}

package id.aduan.core.reply;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A way to answer that is open now: the Instagram id to send it to (the comment to reply under, the
 * citizen's Instagram-scoped id, or the comment to reply to privately) and until when it stays open.
 */
public record ReplyOption(ReplyMethod method, String target, Optional<Instant> openUntil) {

    public ReplyOption {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(openUntil, "openUntil");
    }
}

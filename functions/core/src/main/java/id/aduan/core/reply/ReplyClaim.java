package id.aduan.core.reply;

import java.time.Instant;

/** What claiming a reply for sending found: exactly one attempt ever gets {@link Claimed} for a send. */
public sealed interface ReplyClaim {

    /** This attempt holds the reply until its lease ends and may send it. */
    record Claimed() implements ReplyClaim {
    }

    /** Another attempt holds it (the same message delivered twice, two consumers at once). */
    record InProgress(Instant leaseUntil) implements ReplyClaim {
    }

    /** It was sent, failed or left uncertain before: nothing to do. */
    record Finished(ReplyState state) implements ReplyClaim {
    }

    /**
     * An earlier attempt's lease ran out while it was sending (its function stopped): the reply may
     * have gone out. This attempt now holds it, only to record it as uncertain.
     */
    record Abandoned() implements ReplyClaim {
    }

    /** The comment's one private reply is used by another reply. */
    record PrivateReplyUsed(String byReplyId) implements ReplyClaim {
    }
}

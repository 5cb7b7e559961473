package id.aduan.core.reply;

import java.time.Duration;

/** How one delivery of a queued reply's message ended, and so what becomes of the message. */
public sealed interface DeliveryOutcome {

    /** Instagram accepted it: the message is done. */
    record Sent(String instagramId) implements DeliveryOutcome {
    }

    /** It cannot be sent, for the reason staff see: the message is done. */
    record Failed(String reason) implements DeliveryOutcome {
    }

    /** It may have gone out; its echo will tell: the message is done, never resent. */
    record Uncertain() implements DeliveryOutcome {
    }

    /** Another delivery of it ended it before (SENT, FAILED or UNCERTAIN): the message is done. */
    record AlreadyHandled() implements DeliveryOutcome {
    }

    /** Instagram asked to wait: try again after {@code delay}. */
    record RetryLater(Duration delay) implements DeliveryOutcome {
    }

    /** Not tried now (sending is paused, or another delivery holds it): look again after {@code delay}. */
    record Deferred(Duration delay) implements DeliveryOutcome {
    }

    /**
     * Not tried now: the account's private replies for this bucket are used up. Look again after
     * {@code delay}, when the next bucket opens, as a new delivery: waiting for the budget is not a
     * failed attempt.
     */
    record AwaitingBudget(Duration delay) implements DeliveryOutcome {
    }

    /** The message names nothing that can be replied to: it belongs in the dead-letter queue. */
    record Unprocessable(String reason) implements DeliveryOutcome {
    }
}

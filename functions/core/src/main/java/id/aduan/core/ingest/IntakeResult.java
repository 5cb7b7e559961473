package id.aduan.core.ingest;

/** How a webhook delivery was received. */
public sealed interface IntakeResult {

    /** The signature was missing or wrong: nothing was stored. */
    record Unauthenticated(WebhookSignature.Verdict verdict) implements IntakeResult {
    }

    /** Stored, but not JSON or not an Instagram object. */
    record Invalid(String deliveryId, String reason) implements IntakeResult {
    }

    /**
     * Stored and handed to the processor; {@code queued} false when the queue refused it, and the
     * scheduled retry takes it in instead.
     */
    record Accepted(String deliveryId, boolean queued) implements IntakeResult {
    }

    /** The same delivery was taken in before, completely or as far as it can be (set aside): nothing changed. */
    record AlreadyProcessed(String deliveryId) implements IntakeResult {
    }

    /** Stored and taken in; changes that failed are retried from the stored body. */
    record Processed(String deliveryId, DeliverySummary summary) implements IntakeResult {
    }

    /** A replay asked for a delivery that is not stored (or has expired). */
    record NotFound(String deliveryId) implements IntakeResult {
    }
}

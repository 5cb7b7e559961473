package id.aduan.core.ingest;

/** How taking in a stored delivery (queued, replayed or retried) ended. */
public sealed interface IntakeResult permits IntakeResult.Invalid, IntakeResult.AlreadyProcessed,
        IntakeResult.Processed, IntakeResult.NotFound {

    /** Stored, but not JSON or not an Instagram object. */
    record Invalid(String deliveryId, String reason) implements IntakeResult, ReceiveResult {
    }

    /** The same delivery was taken in before, completely or as far as it can be (set aside): nothing changed. */
    record AlreadyProcessed(String deliveryId) implements IntakeResult, ReceiveResult {
    }

    /** Taken in; changes that failed are retried from the stored body. */
    record Processed(String deliveryId, DeliverySummary summary) implements IntakeResult {
    }

    /** A replay asked for a delivery that is not stored (or has expired). */
    record NotFound(String deliveryId) implements IntakeResult {
    }
}

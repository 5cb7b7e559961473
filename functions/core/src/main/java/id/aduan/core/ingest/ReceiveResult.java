package id.aduan.core.ingest;

import java.util.Objects;

/**
 * How a webhook delivery was received. Only {@link NotStored} leaves Meta to send it again: from the
 * moment its body is stored, a delivery is taken in by the processor or the scheduled retry.
 */
public sealed interface ReceiveResult permits ReceiveResult.Unauthenticated, ReceiveResult.NotStored,
        ReceiveResult.Accepted, IntakeResult.AlreadyProcessed, IntakeResult.Invalid {

    /** The signature was missing or wrong: nothing was stored. */
    record Unauthenticated(WebhookSignature.Verdict verdict) implements ReceiveResult {
    }

    /** The signature could not be checked or the body could not be stored ({@code error} says why): nothing is kept. */
    record NotStored(String step, RuntimeException error) implements ReceiveResult {
        public NotStored {
            Objects.requireNonNull(step, "step");
            Objects.requireNonNull(error, "error");
        }
    }

    /**
     * Stored and handed to the processor; {@code queued} false when the queue refused it, and the
     * scheduled retry takes it in instead.
     */
    record Accepted(String deliveryId, boolean queued) implements ReceiveResult {
    }
}

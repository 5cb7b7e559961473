package id.aduan.core.ingest;

/**
 * How keeping an edit or unsend for a message that has not arrived ended. Only {@link Held} wrote
 * anything; {@link ClaimTaken} when the claim changed since it was read (the message arrived, or another
 * change was held meanwhile).
 */
public sealed interface HoldResult permits HoldResult.Held, ClaimTaken {

    record Held() implements HoldResult {
    }
}

package id.aduan.core.ingest;

/**
 * How matching an echo to the reply Aduan sent ended. Only {@link Confirmed} wrote anything;
 * {@link ClaimTaken} when the echo's Instagram id was claimed before.
 */
public sealed interface EchoResult permits EchoResult.Confirmed, ClaimTaken, Superseded {

    record Confirmed() implements EchoResult {
    }
}

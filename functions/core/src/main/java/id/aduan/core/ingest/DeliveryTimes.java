package id.aduan.core.ingest;

import java.time.Duration;
import java.time.Instant;

/**
 * Which times Instagram gives for a change can be true: none before Instagram existed (it launched on
 * 6 October 2010) and none more than a day after Aduan received the change (clocks drift, but not by
 * days). Any other time, a malformed or forged one like {@code "time": -5}, is replaced by the time the
 * delivery was received, so it can neither sort first in every queue nor start SLA clocks in 1970.
 */
public final class DeliveryTimes {

    public static final Instant INSTAGRAM_LAUNCH = Instant.parse("2010-10-06T00:00:00Z");
    public static final Duration MOST_AHEAD_OF_RECEIPT = Duration.ofDays(1);

    private DeliveryTimes() {
    }

    public static boolean isPlausible(Instant claimed, Instant receivedAt) {
        return !claimed.isBefore(INSTAGRAM_LAUNCH) && !claimed.isAfter(receivedAt.plus(MOST_AHEAD_OF_RECEIPT));
    }

    /** The time to go by: the one Instagram gave when it can be true, else the time received. */
    public static Instant plausible(Instant claimed, Instant receivedAt) {
        return isPlausible(claimed, receivedAt) ? claimed : receivedAt;
    }
}

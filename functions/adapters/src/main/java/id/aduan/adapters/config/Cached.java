package id.aduan.adapters.config;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/** A value read again once its time to live has passed. */
final class Cached<T> {
    private final Supplier<T> source;
    private final Clock clock;
    private final Duration timeToLive;
    private T value;
    private Instant readAt;

    Cached(Supplier<T> source, Clock clock, Duration timeToLive) {
        this.source = source;
        this.clock = clock;
        this.timeToLive = timeToLive;
    }

    synchronized T get() {
        var now = clock.instant();
        if (value == null || !now.isBefore(readAt.plus(timeToLive))) {
            value = source.get();
            readAt = now;
        }
        return value;
    }

    synchronized void invalidate() {
        value = null;
    }
}

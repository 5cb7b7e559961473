package id.aduan.adapters.instagram;

import id.aduan.core.instagram.GraphFailure;
import id.aduan.core.reply.RetryDelay;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * How long to wait before trying a failed Graph API call again. Exponential backoff with full jitter:
 * a random wait between zero and {@code base × 2^(failures − 1)}, capped, so that retries from many
 * messages spread out instead of arriving together. When the service (Meta, a chat) says how long to wait,
 * the wait is that long plus a jitter of up to one base step, whatever the cap.
 */
public final class Backoff implements RetryDelay {

    public static final Duration DEFAULT_BASE = Duration.ofSeconds(2);
    public static final Duration DEFAULT_CAP = Duration.ofMinutes(5);

    private final Duration base;
    private final Duration cap;
    private final DoubleSupplier random;

    /** @param random a value in [0, 1) on each call */
    public Backoff(Duration base, Duration cap, DoubleSupplier random) {
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < base <= cap, got " + base + " and " + cap);
        }
        this.base = base;
        this.cap = cap;
        this.random = Objects.requireNonNull(random, "random");
    }

    public static Backoff standard() {
        return new Backoff(DEFAULT_BASE, DEFAULT_CAP, () -> ThreadLocalRandom.current().nextDouble());
    }

    @Override
    public Duration delayAfter(int failures, GraphFailure failure) {
        return delayAfter(failures, failure.retryAfter());
    }

    /**
     * @param failures   how many times the call has failed so far, counting this failure
     * @param retryAfter how long the service said to wait, when it said so
     */
    public Duration delayAfter(int failures, Optional<Duration> retryAfter) {
        if (failures < 1) {
            throw new IllegalArgumentException("a delay follows at least one failure, got " + failures);
        }
        return retryAfter
                .map(throttled -> throttled.plus(jittered(base.toMillis())))
                .orElseGet(() -> jittered(Math.min(cap.toMillis(), base.toMillis() * Math.pow(2, failures - 1))));
    }

    private Duration jittered(double ceilingMillis) {
        return Duration.ofMillis((long) (ceilingMillis * random.getAsDouble()));
    }
}

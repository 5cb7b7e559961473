package id.aduan.adapters.instagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.aduan.core.instagram.GraphFailure;
import id.aduan.core.instagram.GraphFailure.Kind;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final Duration BASE = Duration.ofSeconds(2);
    private static final Duration CAP = Duration.ofMinutes(5);
    private static final GraphFailure SERVICE_ERROR = failure(Optional.empty());

    @Test
    void firstRetryWaitsARandomShareOfTheBase() {
        assertThat(backoff(0.5).delayAfter(1, SERVICE_ERROR)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff(0.0).delayAfter(1, SERVICE_ERROR)).isEqualTo(Duration.ZERO);
    }

    @Test
    void ceilingDoublesWithEachFailure() {
        assertThat(backoff(0.5).delayAfter(2, SERVICE_ERROR)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff(0.5).delayAfter(4, SERVICE_ERROR)).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void delayNeverExceedsTheCap() {
        assertThat(backoff(0.999).delayAfter(12, SERVICE_ERROR)).isLessThan(CAP).isGreaterThan(Duration.ofMinutes(4));
        assertThat(backoff(0.999).delayAfter(Integer.MAX_VALUE, SERVICE_ERROR)).isLessThan(CAP);
    }

    @Test
    void throttleWaitIsHonouredBeyondTheCapWithASmallJitter() {
        GraphFailure throttled = failure(Optional.of(Duration.ofMinutes(12)));

        assertThat(backoff(0.5).delayAfter(1, throttled)).isEqualTo(Duration.ofMinutes(12).plusSeconds(1));
        assertThat(backoff(0.0).delayAfter(7, throttled)).isEqualTo(Duration.ofMinutes(12));
    }

    @Test
    void delayBeforeAnyFailureIsAMistake() {
        assertThatThrownBy(() -> backoff(0.5).delayAfter(0, SERVICE_ERROR)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void capBelowTheBaseIsRefused() {
        assertThatThrownBy(() -> new Backoff(CAP, BASE, () -> 0.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void standardBackoffStaysWithinItsBounds() {
        Duration delay = Backoff.standard().delayAfter(3, SERVICE_ERROR);

        assertThat(delay).isBetween(Duration.ZERO, Backoff.DEFAULT_BASE.multipliedBy(4));
    }

    private static Backoff backoff(double random) {
        return new Backoff(BASE, CAP, () -> random);
    }

    private static GraphFailure failure(Optional<Duration> retryAfter) {
        return new GraphFailure(Kind.RETRYABLE, "An unexpected error has occurred.", OptionalInt.of(500), OptionalInt.of(2),
                OptionalInt.empty(), Optional.empty(), retryAfter.isPresent(), retryAfter);
    }
}

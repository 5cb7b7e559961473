package id.aduan.core.sla;

import java.time.Duration;
import java.util.Objects;

/**
 * The time a running clock may use, fixed when the clock starts: its basis, its length, and how much
 * of it may pass before the warning.
 */
public record SlaWindow(TimeBasis basis, Duration length, Duration warnAfter) {

    public SlaWindow {
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(length, "length");
        Objects.requireNonNull(warnAfter, "warnAfter");
        if (!length.isPositive() || warnAfter.isNegative() || warnAfter.compareTo(length) > 0) {
            throw new IllegalArgumentException(
                    "a window needs a positive length and a warning inside it: " + length + ", " + warnAfter);
        }
    }

    /** The window of a target, warning at {@code warnShare} of it (rounded to the millisecond). */
    public static SlaWindow of(SlaTarget target, double warnShare, WorkingCalendar calendar) {
        Duration length = target.length(calendar);
        return new SlaWindow(target.basis(), length, Duration.ofMillis(Math.round(length.toMillis() * warnShare)));
    }
}

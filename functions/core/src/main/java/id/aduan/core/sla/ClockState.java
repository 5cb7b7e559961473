package id.aduan.core.sla;

import java.time.Instant;
import java.util.Objects;

/** Where a clock stands: running, paused (the complaint waits for the reporter) or stopped. */
public sealed interface ClockState {

    /**
     * Counting since {@code since}. The instants at which its alerts fall due were computed from the
     * calendar when it started or resumed and are stored with it, so a sweep never recomputes them.
     */
    record Running(Instant since, Instant warnAt, Instant deadline, Instant escalateAt) implements ClockState {
        public Running {
            Objects.requireNonNull(since, "since");
            Objects.requireNonNull(warnAt, "warnAt");
            Objects.requireNonNull(deadline, "deadline");
            Objects.requireNonNull(escalateAt, "escalateAt");
        }

        public Instant dueAt(AlertLevel level) {
            return switch (level) {
                case WARNING -> warnAt;
                case BREACH_UNIT, BREACH_SUPERVISOR -> deadline;
                case BREACH_COMMUNICATIONS -> escalateAt;
            };
        }
    }

    /** Not counting since {@code since}: the time it stays paused does not count against the window. */
    record Paused(Instant since) implements ClockState {
        public Paused {
            Objects.requireNonNull(since, "since");
        }
    }

    /** Stopped at {@code at}; the time used until then decides whether the target was met. */
    record Stopped(Instant at) implements ClockState {
        public Stopped {
            Objects.requireNonNull(at, "at");
        }
    }
}

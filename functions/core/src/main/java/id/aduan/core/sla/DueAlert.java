package id.aduan.core.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * An alert a sweep must send for one clock of a complaint. {@code late} is the time used beyond the
 * window, in the clock's own time: negative for a warning, which comes while time is left.
 * {@code howLate} says it for people: "terlambat 2 jam 15 menit kerja", or "sisa 2 jam kerja".
 * {@code fellDueAt} is when the level was reached (for a breach: when the breach happened), however
 * late the sweep that finds it.
 */
public record DueAlert(ClockKind clock, AlertLevel level, Duration late, String howLate, Instant fellDueAt) {

    public DueAlert {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(late, "late");
        Objects.requireNonNull(howLate, "howLate");
        Objects.requireNonNull(fellDueAt, "fellDueAt");
    }
}

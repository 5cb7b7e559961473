package id.aduan.core.sla;

import id.aduan.core.sla.ClockState.Paused;
import id.aduan.core.sla.ClockState.Running;
import id.aduan.core.sla.ClockState.Stopped;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One SLA clock of a complaint, as stored with it. {@code used} is the time counted before the
 * current state began (all of it once paused or stopped); {@code alerted} the levels already sent,
 * which are never due again. Immutable: every transition returns a new clock.
 */
public record SlaClock(
        ClockKind kind, SlaWindow window, Instant startedAt, Duration used, ClockState state, Set<AlertLevel> alerted) {

    public SlaClock {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(used, "used");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(alerted, "alerted");
        if (used.isNegative()) {
            throw new IllegalArgumentException("used time cannot be negative: " + used);
        }
        var levels = EnumSet.noneOf(AlertLevel.class);
        levels.addAll(alerted);
        alerted = Collections.unmodifiableSet(levels);
    }

    public static SlaClock start(ClockKind kind, SlaWindow window, Instant now, WorkingCalendar calendar) {
        return new SlaClock(kind, window, now, Duration.ZERO, running(window, now, Duration.ZERO, calendar), Set.of());
    }

    /** Stops counting; only a running clock pauses. */
    public SlaClock pause(Instant now, WorkingCalendar calendar) {
        if (!(state instanceof Running)) {
            throw new IllegalStateException(kind + " clock is not running: " + state);
        }
        return withState(usedAt(now, calendar), new Paused(now));
    }

    /**
     * Counts again from {@code now} with the time left, computing the new due instants: a paused
     * clock when the reporter answers, a stopped one when its complaint is reopened.
     */
    public SlaClock resume(Instant now, WorkingCalendar calendar) {
        if (state instanceof Running) {
            throw new IllegalStateException(kind + " clock is already running");
        }
        return withState(used, running(window, now, used, calendar));
    }

    public SlaClock stop(Instant now, WorkingCalendar calendar) {
        if (state instanceof Stopped) {
            throw new IllegalStateException(kind + " clock is already stopped");
        }
        return withState(usedAt(now, calendar), new Stopped(now));
    }

    /**
     * Measures the clock against a new window from {@code now} on, keeping the time already used and
     * the alerts already sent. When the time basis changes (around the clock to office hours or
     * back) the used time is carried over as the same share of the window, since the pauses of the
     * past are not kept to measure it again. A stopped clock keeps the window it was measured by.
     */
    public SlaClock retarget(SlaWindow newWindow, Instant now, WorkingCalendar calendar) {
        if (state instanceof Stopped || newWindow.equals(window)) {
            return this;
        }
        Duration usedNow = usedAt(now, calendar);
        double share = (double) usedNow.toMillis() / window.length().toMillis();
        Duration carried = newWindow.basis() == window.basis()
                ? usedNow
                : Duration.ofMillis(Math.round(share * newWindow.length().toMillis()));
        ClockState newState = state instanceof Running ? running(newWindow, now, carried, calendar) : state;
        return new SlaClock(kind, newWindow, startedAt, carried, newState, alerted);
    }

    /** Records that an alert went out, so it is never due again. */
    public SlaClock withAlertSent(AlertLevel level) {
        var levels = EnumSet.of(level);
        levels.addAll(alerted);
        return new SlaClock(kind, window, startedAt, used, state, levels);
    }

    /** The time counted up to {@code now}, in the clock's own basis. */
    public Duration usedAt(Instant now, WorkingCalendar calendar) {
        return state instanceof Running running
                ? used.plus(window.basis().between(running.since(), now, calendar))
                : used;
    }

    /**
     * The alert levels due at {@code now} and not yet sent. A running clock compares stored instants
     * only; a paused clock owes the levels it reached before pausing; a stopped clock owes nothing.
     */
    public List<AlertLevel> levelsDue(Instant now) {
        return unsent().filter(level -> switch (state) {
            case Running running -> !now.isBefore(running.dueAt(level));
            case Paused _ -> reached(level);
            case Stopped _ -> false;
        }).toList();
    }

    /**
     * When {@code level} was reached: its stored instant while running; a paused clock reached it before
     * it paused, and a stopped one before it stopped (the latest instant that is surely after it).
     */
    public Instant reachedAt(AlertLevel level) {
        return switch (state) {
            case Running running -> running.dueAt(level);
            case Paused paused -> paused.since();
            case Stopped stopped -> stopped.at();
        };
    }

    /**
     * When the next unsent alert falls due: the key for the sparse due index. A paused clock that
     * still owes an alert from before its pause is due at once (the instant it paused); otherwise
     * paused and stopped clocks are never due.
     */
    public Optional<Instant> nextAlertAt() {
        return switch (state) {
            case Running running -> unsent().map(running::dueAt).min(Instant::compareTo);
            case Paused paused -> unsent().anyMatch(this::reached) ? Optional.of(paused.since()) : Optional.empty();
            case Stopped _ -> Optional.empty();
        };
    }

    /** How the clock did, once stopped. */
    public Optional<SlaOutcome> outcome() {
        return state instanceof Stopped ? Optional.of(SlaOutcome.of(used, window.length())) : Optional.empty();
    }

    private boolean reached(AlertLevel level) {
        return used.compareTo(level.threshold(window)) >= 0;
    }

    private Stream<AlertLevel> unsent() {
        return Arrays.stream(AlertLevel.values()).filter(level -> !alerted.contains(level));
    }

    private SlaClock withState(Duration newUsed, ClockState newState) {
        return new SlaClock(kind, window, startedAt, newUsed, newState, alerted);
    }

    private static Running running(SlaWindow window, Instant since, Duration used, WorkingCalendar calendar) {
        return new Running(since,
                dueAt(AlertLevel.WARNING, window, since, used, calendar),
                dueAt(AlertLevel.BREACH_UNIT, window, since, used, calendar),
                dueAt(AlertLevel.BREACH_COMMUNICATIONS, window, since, used, calendar));
    }

    private static Instant dueAt(
            AlertLevel level, SlaWindow window, Instant since, Duration used, WorkingCalendar calendar) {
        Duration left = level.threshold(window).minus(used);
        return left.isPositive() ? window.basis().after(since, left, calendar) : since;
    }
}

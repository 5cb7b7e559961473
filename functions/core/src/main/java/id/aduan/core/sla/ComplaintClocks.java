package id.aduan.core.sla;

import id.aduan.core.kernel.Priority;
import id.aduan.core.kernel.Status;
import id.aduan.core.sla.ClockState.Paused;
import id.aduan.core.sla.ClockState.Running;
import id.aduan.core.sla.ClockState.Stopped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The SLA clocks of one complaint and the workflow rules that drive them:
 * <ul>
 * <li>a message received starts the first-response and verification clocks;</li>
 * <li>the first staff reply (public or DM) stops the first-response clock;</li>
 * <li>NEEDS_INFO pauses every running clock; leaving it resumes them before the move's own rule;</li>
 * <li>VERIFIED stops verification and starts resolution;</li>
 * <li>FORWARDED starts follow-up; a re-route to another unit keeps it running, since it measures
 *     the complaint, and each (complaint, clock, level) alerts only once;</li>
 * <li>IN_PROGRESS stops follow-up, or, when a RESOLVED complaint is reopened, resumes resolution
 *     with the time it had used;</li>
 * <li>RESOLVED stops resolution; REJECTED and CLOSED stop every clock still counting.</li>
 * </ul>
 * A change of priority or category re-targets every clock that has not stopped (see
 * {@link SlaClock#retarget}): time used stays used, alerts sent stay sent, so an upgrade can make a
 * clock due at once. Immutable: the caller stores the result with the complaint, and
 * {@link #nextDueAt()} as its key in the sparse due index.
 */
public record ComplaintClocks(Priority priority, String category, Map<ClockKind, SlaClock> clocks) {

    public ComplaintClocks {
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(clocks, "clocks");
        category = category == null ? "" : category;
        var byKind = new EnumMap<ClockKind, SlaClock>(ClockKind.class);
        byKind.putAll(clocks);
        clocks = Collections.unmodifiableMap(byKind);
    }

    /** The clocks of a complaint whose first message arrived at {@code receivedAt}; the category may be empty. */
    public static ComplaintClocks onReceived(Instant receivedAt, Priority priority, String category, SlaRules rules) {
        return new ComplaintClocks(priority, category, Map.of())
                .start(ClockKind.FIRST_RESPONSE, receivedAt, rules)
                .start(ClockKind.VERIFICATION, receivedAt, rules);
    }

    public ComplaintClocks onStaffReply(Instant now, SlaRules rules) {
        return stop(ClockKind.FIRST_RESPONSE, now, rules);
    }

    /** Applies a move of the workflow; the workflow has already checked that the move is allowed. */
    public ComplaintClocks onStatusChange(Status from, Status to, Instant now, SlaRules rules) {
        if (to == Status.NEEDS_INFO) {
            return everyClock(clock -> clock.state() instanceof Running ? clock.pause(now, rules.calendar()) : clock);
        }
        ComplaintClocks resumed = from == Status.NEEDS_INFO
                ? everyClock(clock -> clock.state() instanceof Paused ? clock.resume(now, rules.calendar()) : clock)
                : this;
        return switch (to) {
            case VERIFIED -> resumed.stop(ClockKind.VERIFICATION, now, rules).start(ClockKind.RESOLUTION, now, rules);
            case FORWARDED -> resumed.start(ClockKind.FOLLOW_UP, now, rules);
            case IN_PROGRESS -> from == Status.RESOLVED
                    ? resumed.reopen(ClockKind.RESOLUTION, now, rules)
                    : resumed.stop(ClockKind.FOLLOW_UP, now, rules);
            case RESOLVED -> resumed.stop(ClockKind.RESOLUTION, now, rules);
            case REJECTED, CLOSED -> resumed.everyClock(
                    clock -> clock.state() instanceof Stopped ? clock : clock.stop(now, rules.calendar()));
            case NEW, NEEDS_INFO -> resumed;
        };
    }

    public ComplaintClocks onPriorityChange(Priority newPriority, Instant now, SlaRules rules) {
        return new ComplaintClocks(newPriority, category, clocks).retargeted(now, rules);
    }

    public ComplaintClocks onCategoryChange(String newCategory, Instant now, SlaRules rules) {
        return new ComplaintClocks(priority, newCategory, clocks).retargeted(now, rules);
    }

    public Optional<SlaClock> clock(ClockKind kind) {
        return Optional.ofNullable(clocks.get(kind));
    }

    /** The earliest instant any clock owes an alert: the due-index key; empty takes the complaint out of the index. */
    public Optional<Instant> nextDueAt() {
        return clocks.values().stream().flatMap(clock -> clock.nextAlertAt().stream()).min(Instant::compareTo);
    }

    /** Every alert due at {@code now} and not yet sent, clock by clock in workflow order. */
    public List<DueAlert> dueAlerts(Instant now, SlaRules rules) {
        var alerts = new ArrayList<DueAlert>();
        for (SlaClock clock : clocks.values()) {
            List<AlertLevel> levels = clock.levelsDue(now);
            if (levels.isEmpty()) {
                continue;
            }
            Duration late = clock.usedAt(now, rules.calendar()).minus(clock.window().length());
            String amount = DurationText.of(late, clock.window().basis(), rules.calendar());
            String howLate = late.isNegative() ? "sisa " + amount : "terlambat " + amount;
            for (AlertLevel level : levels) {
                alerts.add(new DueAlert(clock.kind(), level, late, howLate, clock.reachedAt(level)));
            }
        }
        return alerts;
    }

    /** Records that an alert went out; the caller stores it with a conditional write so it goes out once. */
    public ComplaintClocks withAlertSent(ClockKind kind, AlertLevel level) {
        return replace(kind, clock -> clock.withAlertSent(level));
    }

    private ComplaintClocks start(ClockKind kind, Instant now, SlaRules rules) {
        if (clocks.containsKey(kind)) {
            return this;
        }
        return with(SlaClock.start(kind, rules.window(kind, priority, category), now, rules.calendar()));
    }

    private ComplaintClocks stop(ClockKind kind, Instant now, SlaRules rules) {
        return replace(kind, clock -> clock.state() instanceof Stopped ? clock : clock.stop(now, rules.calendar()));
    }

    private ComplaintClocks reopen(ClockKind kind, Instant now, SlaRules rules) {
        return replace(kind, clock -> clock.state() instanceof Stopped ? clock.resume(now, rules.calendar()) : clock);
    }

    private ComplaintClocks retargeted(Instant now, SlaRules rules) {
        return everyClock(clock -> clock.retarget(
                rules.window(clock.kind(), priority, category), now, rules.calendar()));
    }

    private ComplaintClocks replace(ClockKind kind, UnaryOperator<SlaClock> change) {
        if (!clocks.containsKey(kind)) {
            return this;
        }
        return with(change.apply(clocks.get(kind)));
    }

    private ComplaintClocks with(SlaClock clock) {
        var changed = new EnumMap<ClockKind, SlaClock>(ClockKind.class);
        changed.putAll(clocks);
        changed.put(clock.kind(), clock);
        return new ComplaintClocks(priority, category, changed);
    }

    private ComplaintClocks everyClock(UnaryOperator<SlaClock> change) {
        var changed = new EnumMap<ClockKind, SlaClock>(ClockKind.class);
        clocks.forEach((kind, clock) -> changed.put(kind, change.apply(clock)));
        return new ComplaintClocks(priority, category, changed);
    }
}

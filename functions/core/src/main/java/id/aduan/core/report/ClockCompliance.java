package id.aduan.core.report;

import java.util.OptionalDouble;
import id.aduan.core.sla.ClockState;
import id.aduan.core.sla.SlaClock;
import id.aduan.core.sla.SlaOutcome;
import id.aduan.core.sla.WorkingCalendar;
import java.time.Instant;

/**
 * How one kind of SLA clock did over a set of complaints: stopped within its window (met), past its
 * window whether stopped or not (breached), or still counting within it (running; paused included).
 */
public record ClockCompliance(int met, int breached, int running) {

    public static final ClockCompliance NONE = new ClockCompliance(0, 0, 0);

    public static ClockCompliance of(SlaClock clock, Instant now, WorkingCalendar calendar) {
        if (clock.state() instanceof ClockState.Stopped) {
            return clock.outcome().orElseThrow() instanceof SlaOutcome.Met ? new ClockCompliance(1, 0, 0)
                    : new ClockCompliance(0, 1, 0);
        }
        return clock.usedAt(now, calendar).compareTo(clock.window().length()) > 0 ? new ClockCompliance(0, 1, 0)
                : new ClockCompliance(0, 0, 1);
    }

    public ClockCompliance plus(ClockCompliance other) {
        return new ClockCompliance(met + other.met, breached + other.breached, running + other.running);
    }

    /** Met as a share of the clocks decided (met or breached), in percent; empty while none is decided. */
    public OptionalDouble percentMet() {
        int decided = met + breached;
        return decided == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * met / decided);
    }
}

package id.aduan.core.sla;

import java.time.Duration;

/** How a stopped clock did against its window, in the clock's own time. */
public sealed interface SlaOutcome {

    /** Stopped within the window, with time to spare (zero when stopped exactly at the deadline). */
    record Met(Duration toSpare) implements SlaOutcome {
    }

    /** Stopped after the deadline, late by this much. */
    record Breached(Duration late) implements SlaOutcome {
    }

    static SlaOutcome of(Duration used, Duration window) {
        return used.compareTo(window) <= 0 ? new Met(window.minus(used)) : new Breached(used.minus(window));
    }
}

package id.aduan.core.sla;

import java.time.Duration;

/**
 * The alerts a clock raises, in the order they fall due. Each (complaint, clock, level) is alerted
 * once: the clock records the levels sent.
 */
public enum AlertLevel {
    /** The clock has used its warn share of the window (75 % by default): the assignee and the unit. */
    WARNING,
    /** Escalation level 1 at the deadline: the assignee and the unit's channel. */
    BREACH_UNIT,
    /** Escalation level 2 at the deadline: the unit's supervisor. */
    BREACH_SUPERVISOR,
    /**
     * Escalation level 3 once the breach has lasted another half window: the communications office
     * (the triage team and admins).
     */
    BREACH_COMMUNICATIONS;

    /** How much of the clock's time must be used before this level falls due. */
    public Duration threshold(SlaWindow window) {
        return switch (this) {
            case WARNING -> window.warnAfter();
            case BREACH_UNIT, BREACH_SUPERVISOR -> window.length();
            case BREACH_COMMUNICATIONS -> window.length().plus(window.length().dividedBy(2));
        };
    }
}

package id.aduan.core.sla;

import id.aduan.core.kernel.Priority;
import java.util.Objects;

/** The SLA policy and the working calendar in force: what every clock transition is measured by. */
public record SlaRules(SlaPolicy policy, WorkingCalendar calendar) {

    public SlaRules {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(calendar, "calendar");
    }

    public SlaWindow window(ClockKind kind, Priority priority, String category) {
        return policy.window(kind, priority, category, calendar);
    }
}

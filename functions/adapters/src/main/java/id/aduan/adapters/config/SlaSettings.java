package id.aduan.adapters.config;

import id.aduan.core.complaint.Priority;
import id.aduan.core.sla.ClockKind;
import id.aduan.core.sla.SlaPolicy;
import id.aduan.core.sla.SlaRules;
import id.aduan.core.sla.SlaTarget;
import id.aduan.core.sla.WorkingCalendar;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * The SLA rules a function measures by: the default policy on the standard calendar. For showing the
 * alert path on a local run, {@code SLA_TARGET_OVERRIDE} (an ISO-8601 duration such as {@code PT4M})
 * makes every target that span, counted around the clock; a deployment never sets it.
 */
public final class SlaSettings {

    public static final String TARGET_OVERRIDE = "SLA_TARGET_OVERRIDE";

    private SlaSettings() {
    }

    /** Reads a bundled calendar file: build once per container. */
    public static SlaRules rules(Settings settings) {
        var policy = settings.optional(TARGET_OVERRIDE).map(Duration::parse).map(SlaSettings::everyTarget)
                .orElse(SlaPolicy.DEFAULT);
        return new SlaRules(policy, WorkingCalendar.standard());
    }

    static SlaPolicy everyTarget(Duration span) {
        var target = SlaTarget.aroundTheClock(span);
        var targets = new EnumMap<ClockKind, Map<Priority, SlaTarget>>(ClockKind.class);
        for (ClockKind kind : ClockKind.values()) {
            var byPriority = new EnumMap<Priority, SlaTarget>(Priority.class);
            for (Priority priority : Priority.values()) {
                byPriority.put(priority, target);
            }
            targets.put(kind, byPriority);
        }
        return new SlaPolicy(targets, Map.of(), SlaPolicy.DEFAULT_WARN_SHARE);
    }
}

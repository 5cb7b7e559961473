package id.aduan.adapters.config;

import id.aduan.adapters.runtime.FunctionRuntime;
import id.aduan.core.config.ConfigStore;
import id.aduan.core.kernel.Priority;
import id.aduan.core.kernel.Tenant;
import id.aduan.core.sla.ClockKind;
import id.aduan.core.sla.SlaPolicy;
import id.aduan.core.sla.SlaRules;
import id.aduan.core.sla.SlaTarget;
import id.aduan.core.sla.WorkingCalendar;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The SLA rules a function measures by: the targets and working calendar admins configured (read from
 * the table, cached a minute), or the defaults until they change them. For showing the alert path on a
 * local run, {@code SLA_TARGET_OVERRIDE} (an ISO-8601 duration such as {@code PT4M}) makes every target
 * that span, counted around the clock; a deployment never sets it.
 */
public final class SlaSettings {

    public static final String TARGET_OVERRIDE = "SLA_TARGET_OVERRIDE";

    private SlaSettings() {
    }

    private static final Duration CONFIG_CACHE = Duration.ofMinutes(1);

    /** The rules {@code tenant} configured, read at most once a minute; build once per tenant and container. */
    public static Supplier<SlaRules> configured(FunctionRuntime runtime, Tenant tenant) {
        return configured(runtime, new CachedConfigStore(FunctionConfigStore.of(runtime, tenant), runtime.clock(),
                CONFIG_CACHE));
    }

    /** The rules {@code config} holds, unless a local run overrides every target. */
    public static Supplier<SlaRules> configured(FunctionRuntime runtime, ConfigStore config) {
        var override = runtime.settings().optional(TARGET_OVERRIDE).map(Duration::parse).map(SlaSettings::everyTarget);
        if (override.isPresent()) {
            var rules = new SlaRules(override.get(), WorkingCalendar.standard());
            return () -> rules;
        }
        return config::slaRules;
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

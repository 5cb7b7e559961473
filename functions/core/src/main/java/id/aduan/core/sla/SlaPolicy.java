package id.aduan.core.sla;

import static id.aduan.core.sla.SlaTarget.aroundTheClock;
import static id.aduan.core.sla.SlaTarget.workingDays;
import static id.aduan.core.sla.SlaTarget.workingHours;

import id.aduan.core.kernel.Priority;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How long each clock may run: a target per clock and priority, overridden for some categories, and
 * the share of the window after which a warning goes out. Admins change it at run time.
 *
 * <p>A category override replaces the priority's target for that clock, whatever the priority: a
 * dead street light ("PJU mati") is due in 3 working days even when marked URGENT. Categories match
 * without regard to case or surrounding spaces.
 */
public record SlaPolicy(
        Map<ClockKind, Map<Priority, SlaTarget>> targets,
        Map<String, Map<ClockKind, SlaTarget>> categoryTargets,
        double warnShare) {

    public static final double DEFAULT_WARN_SHARE = 0.75;

    /** The defaults of WORKFLOW-AND-SLA.md: social-media practice, SP4N-LAPOR! and Perpres 76/2013. */
    public static final SlaPolicy DEFAULT = new SlaPolicy(
            Map.of(
                    ClockKind.FIRST_RESPONSE, Map.of(
                            Priority.URGENT, aroundTheClock(Duration.ofHours(1)),
                            Priority.HIGH, workingHours(4),
                            Priority.NORMAL, workingHours(8),
                            Priority.LOW, workingDays(2)),
                    ClockKind.VERIFICATION, forEveryPriority(workingDays(3)),
                    ClockKind.FOLLOW_UP, forEveryPriority(workingDays(5)),
                    ClockKind.RESOLUTION, forEveryPriority(aroundTheClock(Duration.ofDays(60)))),
            Map.of("PJU mati", Map.of(ClockKind.RESOLUTION, workingDays(3))),
            DEFAULT_WARN_SHARE);

    public SlaPolicy {
        Objects.requireNonNull(targets, "targets");
        Objects.requireNonNull(categoryTargets, "categoryTargets");
        var problems = new ArrayList<String>();
        if (!(warnShare > 0 && warnShare < 1)) {
            problems.add("the warn share must be between 0 and 1 (exclusive): " + warnShare);
        }
        var byKind = new EnumMap<ClockKind, Map<Priority, SlaTarget>>(ClockKind.class);
        for (ClockKind kind : ClockKind.values()) {
            var byPriority = new EnumMap<Priority, SlaTarget>(Priority.class);
            byPriority.putAll(Objects.requireNonNullElse(targets.get(kind), Map.of()));
            for (Priority priority : Priority.values()) {
                if (byPriority.get(priority) == null) {
                    problems.add("no " + kind + " target for " + priority);
                }
            }
            byKind.put(kind, Collections.unmodifiableMap(byPriority));
        }
        var byCategory = new LinkedHashMap<String, Map<ClockKind, SlaTarget>>();
        var seen = new HashSet<String>();
        categoryTargets.forEach((category, overrides) -> {
            if (normalize(category).isEmpty()) {
                problems.add("a category override needs a category name");
            } else if (overrides == null || overrides.isEmpty()
                    || overrides.values().stream().anyMatch(Objects::isNull)) {
                problems.add("category " + category + " needs a target for each clock it overrides");
            } else if (!seen.add(normalize(category))) {
                problems.add("category " + category + " is listed twice");
            } else {
                byCategory.put(category.strip(), Collections.unmodifiableMap(new EnumMap<>(overrides)));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidSlaPolicy(problems);
        }
        targets = Collections.unmodifiableMap(byKind);
        categoryTargets = Collections.unmodifiableMap(byCategory);
    }

    /** The target for a clock of a complaint; {@code category} may be empty while unknown. */
    public SlaTarget target(ClockKind kind, Priority priority, String category) {
        return overridesFor(category).map(overrides -> overrides.get(kind))
                .orElse(targets.get(kind).get(priority));
    }

    public SlaWindow window(ClockKind kind, Priority priority, String category, WorkingCalendar calendar) {
        return SlaWindow.of(target(kind, priority, category), warnShare, calendar);
    }

    public SlaPolicy withTarget(ClockKind kind, Priority priority, SlaTarget target) {
        var changed = new EnumMap<>(targets);
        var byPriority = new EnumMap<>(targets.get(kind));
        byPriority.put(priority, target);
        changed.put(kind, byPriority);
        return new SlaPolicy(changed, categoryTargets, warnShare);
    }

    public SlaPolicy withCategoryTarget(String category, ClockKind kind, SlaTarget target) {
        var overrides = new EnumMap<ClockKind, SlaTarget>(ClockKind.class);
        overridesFor(category).ifPresent(overrides::putAll);
        overrides.put(kind, target);
        var changed = new LinkedHashMap<String, Map<ClockKind, SlaTarget>>();
        categoryTargets.forEach((existing, targetsOfCategory) -> {
            if (!normalize(existing).equals(normalize(category))) {
                changed.put(existing, targetsOfCategory);
            }
        });
        changed.put(category, overrides);
        return new SlaPolicy(targets, changed, warnShare);
    }

    public SlaPolicy withWarnShare(double share) {
        return new SlaPolicy(targets, categoryTargets, share);
    }

    private static Map<Priority, SlaTarget> forEveryPriority(SlaTarget target) {
        var map = new EnumMap<Priority, SlaTarget>(Priority.class);
        for (Priority priority : Priority.values()) {
            map.put(priority, target);
        }
        return map;
    }

    private Optional<Map<ClockKind, SlaTarget>> overridesFor(String category) {
        return categoryTargets.entrySet().stream()
                .filter(entry -> normalize(entry.getKey()).equals(normalize(category)))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    private static String normalize(String category) {
        return category == null ? "" : category.strip().toLowerCase(Locale.ROOT);
    }
}

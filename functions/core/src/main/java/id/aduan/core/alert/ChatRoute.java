package id.aduan.core.alert;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Sends the alerts that match it to one chat. {@code match} works like an SNS filter policy: for each
 * attribute it names (unit, level, clock, audience, kind, …), the alert's value must be one of those
 * listed; a route that names nothing takes every alert. Routes do the escalation: the unit's group
 * matches {@code {"unit": ["PERHUBUNGAN"], "audience": ["UNIT"]}}, its supervisor
 * {@code {"unit": ["PERHUBUNGAN"], "audience": ["SUPERVISOR"]}}, the communications office
 * {@code {"audience": ["COMMUNICATIONS"]}}.
 */
public record ChatRoute(String name, ChatTarget target, Map<String, Set<String>> match) {

    public ChatRoute {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(target, "target");
        match = match == null ? Map.of() : Map.copyOf(match);
    }

    public boolean matches(Alert alert) {
        return match.entrySet().stream().allMatch(rule -> {
            var value = value(alert, rule.getKey());
            return value != null && rule.getValue().contains(value);
        });
    }

    private static String value(Alert alert, String attribute) {
        return AlertAttributes.KIND.equals(attribute) ? alert.kind().name() : alert.attributes().get(attribute);
    }
}

package id.aduan.core.alert;

import id.aduan.core.sla.ClockKind;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A clock of a complaint that reached a breach level at {@code at}, as an SLA alert records it for the
 * daily digest: the digest counts breaches by when they happened, not by when a sweep found them.
 * Carried as an alert attribute, {@code FIRST_RESPONSE@2026-02-18T07:00:00Z,VERIFICATION@…}.
 */
public record Breach(ClockKind clock, Instant at) {

    public Breach {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(at, "at");
    }

    static String encode(List<Breach> breaches) {
        return breaches.stream().map(breach -> breach.clock().name() + "@" + breach.at())
                .collect(Collectors.joining(","));
    }

    /** The breaches an alert attribute names; none when it is absent. */
    public static List<Breach> decode(String attribute) {
        if (attribute == null || attribute.isBlank()) {
            return List.of();
        }
        return Arrays.stream(attribute.split(",")).map(entry -> {
            var parts = entry.split("@", 2);
            return new Breach(ClockKind.valueOf(parts[0]), Instant.parse(parts[1]));
        }).toList();
    }
}

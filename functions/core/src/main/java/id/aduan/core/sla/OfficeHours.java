package id.aduan.core.sla;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/** When an office is open on one day: from {@code opens} up to, not including, {@code closes}. */
public record OfficeHours(LocalTime opens, LocalTime closes) {

    public OfficeHours {
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("office hours must open before they close: " + opens + "-" + closes);
        }
    }

    public static OfficeHours of(String opens, String closes) {
        return new OfficeHours(LocalTime.parse(opens), LocalTime.parse(closes));
    }

    public Duration length() {
        return Duration.between(opens, closes);
    }
}

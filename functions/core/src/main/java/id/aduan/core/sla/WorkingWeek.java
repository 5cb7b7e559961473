package id.aduan.core.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The office hours of each day of the week; a day without hours is a day off. A deployment whose
 * offices also work Saturday mornings adds them with {@link #with}.
 */
public record WorkingWeek(Map<DayOfWeek, OfficeHours> hours) {

    /** Monday to Friday, 08:00 to 16:00: the default for the city's offices. */
    public static final WorkingWeek MONDAY_TO_FRIDAY = new WorkingWeek(weekdays(OfficeHours.of("08:00", "16:00")));

    public WorkingWeek {
        Objects.requireNonNull(hours, "hours");
        if (hours.isEmpty()) {
            throw new IllegalArgumentException("a working week needs at least one working day");
        }
        hours = Collections.unmodifiableMap(new EnumMap<>(hours));
    }

    public Optional<OfficeHours> on(DayOfWeek day) {
        return Optional.ofNullable(hours.get(day));
    }

    public WorkingWeek with(DayOfWeek day, OfficeHours dayHours) {
        var changed = new EnumMap<>(hours);
        changed.put(day, dayHours);
        return new WorkingWeek(changed);
    }

    /**
     * The length of a full working day: the longest office day of the week. A target of N working
     * days is N times this length of office time, so a Saturday half day counts as half a day.
     */
    public Duration fullDay() {
        return hours.values().stream().map(OfficeHours::length).max(Duration::compareTo).orElseThrow();
    }

    private static Map<DayOfWeek, OfficeHours> weekdays(OfficeHours dayHours) {
        var map = new EnumMap<DayOfWeek, OfficeHours>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
                map.put(day, dayHours);
            }
        }
        return map;
    }
}

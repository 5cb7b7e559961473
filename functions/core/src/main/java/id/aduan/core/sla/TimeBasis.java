package id.aduan.core.sla;

import java.time.Duration;
import java.time.Instant;

/** Which time a clock counts. */
public enum TimeBasis {
    /** Around the clock: nights, weekends and holidays count too. */
    CALENDAR,
    /** Office hours of the working calendar only. */
    WORKING;

    /** The earliest instant by which {@code amount} of this time has passed since {@code from}. */
    public Instant after(Instant from, Duration amount, WorkingCalendar calendar) {
        return switch (this) {
            case CALENDAR -> from.plus(amount);
            case WORKING -> calendar.addWorkingTime(from, amount);
        };
    }

    /** How much of this time passes from {@code from} to {@code to}; zero when {@code to} is not after {@code from}. */
    public Duration between(Instant from, Instant to, WorkingCalendar calendar) {
        return switch (this) {
            case CALENDAR -> to.isAfter(from) ? Duration.between(from, to) : Duration.ZERO;
            case WORKING -> calendar.workingTimeBetween(from, to);
        };
    }
}

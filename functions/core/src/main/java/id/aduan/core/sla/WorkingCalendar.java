package id.aduan.core.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * Office time in Asia/Jakarta (WIB): the office hours of the working week, minus national holidays
 * and cuti bersama. Working-time targets ("8 working hours", "3 working days") are measured here.
 *
 * <p>Every operation walks day by day, never minute by minute, so 60 working days cost about 90
 * steps.
 */
public final class WorkingCalendar {

    public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    private final WorkingWeek week;
    private final HolidayList holidays;

    public WorkingCalendar(WorkingWeek week, HolidayList holidays) {
        this.week = Objects.requireNonNull(week, "week");
        this.holidays = Objects.requireNonNull(holidays, "holidays");
    }

    /** Monday to Friday 08:00-16:00 with the bundled holidays. Reads a bundled file: build it once and keep it. */
    public static WorkingCalendar standard() {
        return new WorkingCalendar(WorkingWeek.MONDAY_TO_FRIDAY, HolidayList.bundled());
    }

    public WorkingWeek week() {
        return week;
    }

    public HolidayList holidays() {
        return holidays;
    }

    public boolean isWorkingTime(Instant instant) {
        return officeTime(date(instant))
                .map(day -> !instant.isBefore(day.opens()) && instant.isBefore(day.closes()))
                .orElse(false);
    }

    /** The instant itself when it is working time, otherwise the next opening of an office day. */
    public Instant nextWorkingInstant(Instant instant) {
        for (LocalDate date = date(instant); ; date = date.plusDays(1)) {
            Optional<OfficeDay> day = officeTime(date);
            if (day.isPresent() && instant.isBefore(day.get().closes())) {
                return later(instant, day.get().opens());
            }
        }
    }

    /**
     * The earliest instant by which {@code amount} of working time has passed since {@code start}.
     * For a positive amount that is always inside office hours or exactly at a closing time: work
     * due "in 2 working hours" at 14:00 is due at 16:00 the same day, not at 08:00 the next.
     */
    public Instant addWorkingTime(Instant start, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("cannot add negative working time: " + amount);
        }
        Duration left = amount;
        if (left.isZero()) {
            return start;
        }
        for (LocalDate date = date(start); ; date = date.plusDays(1)) {
            Optional<OfficeDay> day = officeTime(date);
            if (day.isEmpty()) {
                continue;
            }
            Instant from = later(start, day.get().opens());
            Instant closes = day.get().closes();
            if (from.isBefore(closes)) {
                Duration available = Duration.between(from, closes);
                if (left.compareTo(available) <= 0) {
                    return from.plus(left);
                }
                left = left.minus(available);
            }
        }
    }

    /** The working time from {@code from} to {@code to}; zero when {@code to} is not after {@code from}. */
    public Duration workingTimeBetween(Instant from, Instant to) {
        Duration total = Duration.ZERO;
        if (!to.isAfter(from)) {
            return total;
        }
        LocalDate last = date(to);
        for (LocalDate date = date(from); !date.isAfter(last); date = date.plusDays(1)) {
            Optional<OfficeDay> day = officeTime(date);
            if (day.isPresent()) {
                Instant start = later(from, day.get().opens());
                Instant end = earlier(to, day.get().closes());
                if (start.isBefore(end)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    /** The length of a full office day; N working days are N of these. */
    public Duration fullDay() {
        return week.fullDay();
    }

    private Optional<OfficeDay> officeTime(LocalDate date) {
        if (holidays.isHoliday(date)) {
            return Optional.empty();
        }
        return week.on(date.getDayOfWeek()).map(hours -> new OfficeDay(
                date.atTime(hours.opens()).atZone(ZONE).toInstant(),
                date.atTime(hours.closes()).atZone(ZONE).toInstant()));
    }

    private static LocalDate date(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private record OfficeDay(Instant opens, Instant closes) {
    }
}

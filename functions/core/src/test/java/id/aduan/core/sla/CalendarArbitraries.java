package id.aduan.core.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Instants and spans biased towards the edges where working-time arithmetic goes wrong. */
final class CalendarArbitraries {

    static final WorkingCalendar STANDARD = WorkingCalendar.standard();
    static final WorkingCalendar WITH_SATURDAY_MORNINGS = new WorkingCalendar(
            WorkingWeek.MONDAY_TO_FRIDAY.with(DayOfWeek.SATURDAY, OfficeHours.of("08:00", "12:00")),
            HolidayList.bundled());

    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 1);
    private static final int DAYS = 700;

    private CalendarArbitraries() {
    }

    static Arbitrary<WorkingCalendar> calendars() {
        return Arbitraries.of(STANDARD, WITH_SATURDAY_MORNINGS);
    }

    /** Instants in 2026 and 2027 (Jakarta time), a third of them on an office-hour edge or at midnight. */
    static Arbitrary<Instant> instants() {
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, DAYS).map(FIRST_DAY::plusDays)
                .edgeCases(edges -> edges.add(LocalDate.of(2026, 12, 31)));
        Arbitrary<LocalTime> edgeTimes = Arbitraries.of("00:00", "07:59", "08:00", "11:59", "12:00", "15:59", "16:00", "23:59")
                .map(LocalTime::parse);
        Arbitrary<LocalTime> anyTime = Arbitraries.integers().between(0, 24 * 60 - 1)
                .map(minute -> LocalTime.MIN.plusMinutes(minute));
        Arbitrary<LocalTime> times = Arbitraries.frequencyOf(
                Tuple.of(1, edgeTimes),
                Tuple.of(2, anyTime));
        return Combinators.combine(dates, times).as((date, time) -> date.atTime(time).atZone(WorkingCalendar.ZONE).toInstant());
    }

    /** Spans of working time from nothing up to about 80 working days, whole office days now and then. */
    static Arbitrary<Duration> workingSpans() {
        Arbitrary<Duration> minutes = Arbitraries.longs().between(0, 80L * 8 * 60).map(Duration::ofMinutes);
        Arbitrary<Duration> wholeDays = Arbitraries.integers().between(1, 60).map(days -> Duration.ofHours(8L * days));
        return Arbitraries.frequencyOf(
                Tuple.of(3, minutes),
                Tuple.of(1, wholeDays));
    }
}

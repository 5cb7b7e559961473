package id.aduan.core.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class WorkingCalendarPropertiesTest {

    @Provide
    Arbitrary<WorkingCalendar> calendars() {
        return CalendarArbitraries.calendars();
    }

    @Provide
    Arbitrary<Instant> instants() {
        return CalendarArbitraries.instants();
    }

    @Provide
    Arbitrary<Duration> spans() {
        return CalendarArbitraries.workingSpans();
    }

    @Property
    void addedWorkingTimeIsExactlyTheWorkingTimeBetween(
            @ForAll("calendars") WorkingCalendar calendar, @ForAll("instants") Instant start, @ForAll("spans") Duration span) {
        Instant due = calendar.addWorkingTime(start, span);
        assertThat(calendar.workingTimeBetween(start, due)).isEqualTo(span);
    }

    @Property
    void deadlineIsTheFirstMomentTheTimeIsUsedUpSoItFallsInOfficeHoursOrAtClosing(
            @ForAll("calendars") WorkingCalendar calendar, @ForAll("instants") Instant start, @ForAll("spans") Duration span) {
        Assume.that(span.isPositive());
        Instant due = calendar.addWorkingTime(start, span);
        Instant justBefore = due.minusNanos(1);
        assertThat(calendar.isWorkingTime(justBefore)).as("working just before %s", due).isTrue();
        assertThat(calendar.workingTimeBetween(start, justBefore)).isLessThan(span);
    }

    @Property
    void moreWorkingTimeNeverEndsEarlier(
            @ForAll("calendars") WorkingCalendar calendar, @ForAll("instants") Instant start,
            @ForAll("spans") Duration a, @ForAll("spans") Duration b) {
        Duration shorter = a.compareTo(b) <= 0 ? a : b;
        Duration longer = a.compareTo(b) <= 0 ? b : a;
        assertThat(calendar.addWorkingTime(start, shorter)).isBeforeOrEqualTo(calendar.addWorkingTime(start, longer));
    }

    @Property
    void addingInTwoStepsEqualsAddingAtOnce(
            @ForAll("calendars") WorkingCalendar calendar, @ForAll("instants") Instant start,
            @ForAll("spans") Duration first, @ForAll("spans") Duration second) {
        assertThat(calendar.addWorkingTime(calendar.addWorkingTime(start, first), second))
                .isEqualTo(calendar.addWorkingTime(start, first.plus(second)));
    }

    /**
     * Each try walks up to 700 days three times; 400 tries still put about 130 midpoints on an office-hour
     * edge or midnight and about 20 on a holiday, in either calendar, the places where a sum could break.
     */
    @Property(tries = 400)
    void workingTimeAddsUpAcrossAnyMidpoint(
            @ForAll("calendars") WorkingCalendar calendar,
            @ForAll("instants") Instant x, @ForAll("instants") Instant y, @ForAll("instants") Instant z) {
        Instant[] sorted = Stream.of(x, y, z).sorted().toArray(Instant[]::new);
        Duration firstPart = calendar.workingTimeBetween(sorted[0], sorted[1]);
        Duration secondPart = calendar.workingTimeBetween(sorted[1], sorted[2]);
        assertThat(calendar.workingTimeBetween(sorted[0], sorted[2])).isEqualTo(firstPart.plus(secondPart));
    }

    @Property
    void workingTimeNeverExceedsWallClockTime(
            @ForAll("calendars") WorkingCalendar calendar, @ForAll("instants") Instant a, @ForAll("instants") Instant b) {
        Assume.that(!b.isBefore(a));
        assertThat(calendar.workingTimeBetween(a, b)).isLessThanOrEqualTo(Duration.between(a, b));
    }

    @Property
    void nextWorkingInstantIsTheFirstWorkingMomentFromThen(
            @ForAll("calendars") WorkingCalendar calendar, @ForAll("instants") Instant instant) {
        Instant next = calendar.nextWorkingInstant(instant);
        assertThat(next).isAfterOrEqualTo(instant);
        assertThat(calendar.isWorkingTime(next)).isTrue();
        assertThat(calendar.workingTimeBetween(instant, next)).isZero();
    }

    @Property
    void weekendsAndHolidaysHaveNoWorkingTime(@ForAll("instants") Instant instant) {
        var calendar = CalendarArbitraries.STANDARD;
        LocalDate date = LocalDate.ofInstant(instant, WorkingCalendar.ZONE);
        boolean dayOff = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY
                || calendar.holidays().isHoliday(date);
        Instant midnight = date.atStartOfDay(WorkingCalendar.ZONE).toInstant();
        Duration wholeDay = calendar.workingTimeBetween(midnight, midnight.plus(Duration.ofDays(1)));
        assertThat(wholeDay).isEqualTo(dayOff ? Duration.ZERO : Duration.ofHours(8));
    }
}

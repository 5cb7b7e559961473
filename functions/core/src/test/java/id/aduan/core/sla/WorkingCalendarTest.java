package id.aduan.core.sla;

import static id.aduan.core.sla.Wib.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingCalendarTest {

    private final WorkingCalendar calendar = WorkingCalendar.standard();

    @ParameterizedTest(name = "{0} is working time: {1}")
    @CsvSource({
            "2026-08-12T07:59:59, false",
            "2026-08-12T08:00:00, true",
            "2026-08-12T15:59:59, true",
            "2026-08-12T16:00:00, false",
            "2026-08-15T10:00:00, false", // Saturday
            "2026-08-17T10:00:00, false", // Proklamasi Kemerdekaan, a Monday
            "2026-12-24T10:00:00, false", // cuti bersama
            "2026-12-31T10:00:00, true"})
    void officeHoursAreHalfOpen(String wallClock, boolean working) {
        assertThat(calendar.isWorkingTime(at(wallClock))).isEqualTo(working);
    }

    @ParameterizedTest(name = "next working instant after {0} is {1}")
    @CsvSource({
            "2026-08-12T07:59, 2026-08-12T08:00",
            "2026-08-12T08:00, 2026-08-12T08:00",
            "2026-08-12T15:59, 2026-08-12T15:59",
            "2026-08-12T16:00, 2026-08-13T08:00",
            "2026-08-14T16:00, 2026-08-18T08:00", // Friday evening before Independence Day
            "2026-12-31T16:00, 2027-01-04T08:00"})
    void nextWorkingInstantSkipsNightsWeekendsAndHolidays(String from, String expected) {
        assertThat(calendar.nextWorkingInstant(at(from))).isEqualTo(at(expected));
    }

    @Test
    void workEndingExactlyAtClosingIsDueAtClosingNotNextMorning() {
        assertThat(calendar.addWorkingTime(at("2026-08-12T14:00"), Duration.ofHours(2))).isEqualTo(at("2026-08-12T16:00"));
    }

    @Test
    void oneMinuteBeforeClosingLeavesOneMinuteToday() {
        assertThat(calendar.addWorkingTime(at("2026-08-12T15:59"), Duration.ofMinutes(2))).isEqualTo(at("2026-08-13T08:01"));
    }

    @Test
    void workArrivingBeforeOpeningStartsAtOpening() {
        assertThat(calendar.addWorkingTime(at("2026-08-12T07:59"), Duration.ofHours(1))).isEqualTo(at("2026-08-12T09:00"));
    }

    @Test
    void workArrivingAtClosingStartsNextWorkingMorning() {
        assertThat(calendar.addWorkingTime(at("2026-08-12T16:00"), Duration.ofHours(1))).isEqualTo(at("2026-08-13T09:00"));
    }

    @Test
    void fridayAfternoonWorkContinuesAfterTheIndependenceDayLongWeekend() {
        assertThat(calendar.addWorkingTime(at("2026-08-14T14:00"), Duration.ofHours(4))).isEqualTo(at("2026-08-18T10:00"));
    }

    @Test
    void lebaranBreakOfSevenDaysIsSkipped() {
        // Nyepi, Idulfitri and their cuti bersama close offices from Wednesday 18 to Tuesday 24 March 2026.
        assertThat(calendar.addWorkingTime(at("2026-03-17T15:00"), Duration.ofHours(2))).isEqualTo(at("2026-03-25T09:00"));
    }

    @Test
    void yearEndCarriesOverIntoTheNewYearsHolidays() {
        // 1 January 2027 is a Friday holiday and 5 January is Isra Mikraj.
        assertThat(calendar.addWorkingTime(at("2026-12-31T10:00"), Duration.ofHours(16))).isEqualTo(at("2027-01-06T10:00"));
    }

    @Test
    void sixtyWorkingDaysSkipEveryHolidayOnTheWay() {
        // From Tuesday 2 June 2026 (1 June is Hari Lahir Pancasila): 20 working days in June (16 June is
        // 1 Muharam), 23 in July, and the sixtieth on 27 August after skipping 17 and 25 August.
        Duration sixtyDays = calendar.fullDay().multipliedBy(60);
        assertThat(calendar.addWorkingTime(at("2026-06-02T08:00"), sixtyDays)).isEqualTo(at("2026-08-27T16:00"));
    }

    @Test
    void workingTimeBetweenCountsOnlyOfficeHours() {
        assertThat(calendar.workingTimeBetween(at("2026-08-14T14:00"), at("2026-08-18T10:00"))).isEqualTo(Duration.ofHours(4));
        assertThat(calendar.workingTimeBetween(at("2026-08-15T00:00"), at("2026-08-17T23:59"))).isZero();
    }

    @Test
    void workingTimeBetweenIsZeroWhenTheEndIsNotAfterTheStart() {
        assertThat(calendar.workingTimeBetween(at("2026-08-12T12:00"), at("2026-08-12T10:00"))).isZero();
    }

    @Test
    void saturdayMorningOfficesCountHalfADay() {
        var withSaturday = new WorkingCalendar(
                WorkingWeek.MONDAY_TO_FRIDAY.with(DayOfWeek.SATURDAY, OfficeHours.of("08:00", "12:00")),
                HolidayList.bundled());
        assertThat(withSaturday.fullDay()).isEqualTo(Duration.ofHours(8));
        assertThat(withSaturday.addWorkingTime(at("2026-08-07T14:00"), Duration.ofHours(8))).isEqualTo(at("2026-08-10T10:00"));
        assertThat(withSaturday.isWorkingTime(at("2026-08-15T11:59"))).isTrue();
        assertThat(withSaturday.isWorkingTime(at("2026-08-15T12:00"))).isFalse();
    }

    @Test
    void negativeWorkingTimeIsRefused() {
        assertThatThrownBy(() -> calendar.addWorkingTime(at("2026-08-12T10:00"), Duration.ofMinutes(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void officeHoursMustOpenBeforeTheyClose() {
        assertThatThrownBy(() -> OfficeHours.of("16:00", "08:00")).isInstanceOf(IllegalArgumentException.class);
    }
}

package id.aduan.core.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HolidayListTest {

    private final HolidayList bundled = HolidayList.bundled();

    @ParameterizedTest(name = "{0}: {1} libur nasional, {2} cuti bersama")
    @CsvSource({"2026, 17, 8", "2027, 18, 8"})
    void bundledListHasAsManyDaysAsTheDecreeOfThatYear(int year, int nationalHolidays, int jointLeaveDays) {
        assertThat(count(year, HolidayKind.LIBUR_NASIONAL)).isEqualTo(nationalHolidays);
        assertThat(count(year, HolidayKind.CUTI_BERSAMA)).isEqualTo(jointLeaveDays);
        assertThat(bundled.sources().get(year)).contains("Cuti Bersama Tahun " + year);
    }

    @Test
    void bundledListNamesTheDecreeOfEachYear() {
        assertThat(bundled.sources()).containsOnlyKeys(2026, 2027);
        assertThat(bundled.sources().get(2026)).contains("Nomor 1497 Tahun 2025").contains("19 September 2025");
        assertThat(bundled.sources().get(2027)).contains("Nomor 1205 Tahun 2026").contains("15 September 2026");
        assertThat(bundled.covers(2027)).isTrue();
        assertThat(bundled.covers(2028)).isFalse();
    }

    @Test
    void bundledListIsReadOnceAndCannotBeChangedByWhoeverHoldsIt() {
        assertThat(HolidayList.bundled()).isSameAs(bundled);
        assertThatThrownBy(() -> bundled.holidays().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> bundled.sources().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void bundledDatesAreAllDecreed() {
        assertThat(bundled.holidays()).noneMatch(Holiday::provisional);
    }

    @Test
    void cutiBersamaAlwaysFallsOnAWeekday() {
        assertThat(bundled.holidays())
                .filteredOn(holiday -> holiday.kind() == HolidayKind.CUTI_BERSAMA)
                .allSatisfy(holiday -> assertThat(holiday.date().getDayOfWeek())
                        .isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
    }

    @ParameterizedTest(name = "{0} is a day off")
    @CsvSource({
            "2026-03-20", "2026-03-21", "2026-03-22", "2026-03-23", "2026-03-24", // Lebaran 1447 H
            "2026-08-17", "2026-12-24", "2026-12-25",
            "2027-01-01", "2027-01-05", "2027-03-09", "2027-03-10", "2027-03-11", "2027-03-12", "2027-03-15",
            "2027-05-17", "2027-05-18", "2027-05-19", "2027-05-20", "2027-12-24"})
    void decreedDaysOffAreHolidays(String date) {
        assertThat(bundled.isHoliday(LocalDate.parse(date))).isTrue();
    }

    @Test
    void ordinaryWorkingDaysAreNotHolidays() {
        assertThat(bundled.isHoliday(LocalDate.of(2026, 3, 25))).isFalse();
        assertThat(bundled.isHoliday(LocalDate.of(2026, 12, 31))).isFalse();
        assertThat(bundled.isHoliday(LocalDate.of(2027, 5, 21))).isFalse();
    }

    @Test
    void draftWithProvisionalDatesKeepsHowEachWasDerived() throws IOException {
        HolidayList draft = HolidayList.parse(resource("/sla/holidays-2028-draft.txt"));
        assertThat(draft.holidays()).extracting(Holiday::date, Holiday::provisional).containsExactly(
                tuple(LocalDate.of(2028, 1, 1), true),
                tuple(LocalDate.of(2028, 4, 14), true),
                tuple(LocalDate.of(2028, 8, 17), false));
        assertThat(draft.holidays().get(1).note()).contains("Easter");
    }

    @Test
    void malformedLineIsReportedWithItsNumber() {
        String text = "source | 2028 | draft\n\n2028-02-30 | LIBUR_NASIONAL | DECREED | Bad date\n";
        assertThatThrownBy(() -> HolidayList.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("holiday list line 3");
    }

    @Test
    void provisionalDateWithoutItsBasisIsRefused() {
        String text = "source | 2028 | draft\n2028-01-01 | LIBUR_NASIONAL | PROVISIONAL | Tahun Baru\n";
        assertThatThrownBy(() -> HolidayList.parse(text)).hasMessageContaining("how it was derived");
    }

    @Test
    void holidaysOfAYearWithoutSourceAreRefused() {
        var holiday = new Holiday(LocalDate.of(2028, 1, 1), HolidayKind.LIBUR_NASIONAL, false, "Tahun Baru", "");
        assertThatThrownBy(() -> new HolidayList(List.of(holiday), Map.of()))
                .hasMessageContaining("no source given for the holidays of 2028");
    }

    private long count(int year, HolidayKind kind) {
        return bundled.holidays().stream()
                .filter(holiday -> holiday.date().getYear() == year && holiday.kind() == kind)
                .count();
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = HolidayListTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

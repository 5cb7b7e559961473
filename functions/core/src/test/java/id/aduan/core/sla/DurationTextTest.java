package id.aduan.core.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationTextTest {

    private final WorkingCalendar calendar = CalendarArbitraries.STANDARD;

    @Test
    void workingTimeSaysItIsWorkingTime() {
        assertThat(DurationText.of(Duration.ofMinutes(135), TimeBasis.WORKING, calendar)).isEqualTo("2 jam 15 menit kerja");
    }

    @Test
    void workingDaysAreFullOfficeDays() {
        assertThat(DurationText.of(Duration.ofHours(26), TimeBasis.WORKING, calendar)).isEqualTo("3 hari 2 jam kerja");
    }

    @Test
    void calendarDaysAreWholeDays() {
        assertThat(DurationText.of(Duration.ofHours(76), TimeBasis.CALENDAR, calendar)).isEqualTo("3 hari 4 jam");
    }

    @Test
    void signDoesNotChangeTheWords() {
        assertThat(DurationText.of(Duration.ofMinutes(-30), TimeBasis.CALENDAR, calendar)).isEqualTo("30 menit");
    }

    @Test
    void underAMinuteIsSaidSo() {
        assertThat(DurationText.of(Duration.ofSeconds(40), TimeBasis.WORKING, calendar)).isEqualTo("kurang dari 1 menit kerja");
    }
}

package id.aduan.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ScheduleExpressionTest {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    private static Instant next(String expression, String after) {
        return next(expression, after, ZoneOffset.UTC);
    }

    private static Instant next(String expression, String after, ZoneId zone) {
        return ScheduleExpression.parse(expression).next(Instant.parse(after), zone).orElseThrow();
    }

    @Test
    void rateCountsFromTheLastFiring() {
        assertThat(ScheduleExpression.parse("rate(5 minutes)")).isEqualTo(new ScheduleExpression.Rate(Duration.ofMinutes(5)));
        assertThat(ScheduleExpression.parse("rate(1 minute)")).isEqualTo(new ScheduleExpression.Rate(Duration.ofMinutes(1)));
        assertThat(ScheduleExpression.parse("rate(2 hours)")).isEqualTo(new ScheduleExpression.Rate(Duration.ofHours(2)));
        assertThat(ScheduleExpression.parse("rate(1 day)")).isEqualTo(new ScheduleExpression.Rate(Duration.ofDays(1)));
        assertThat(next("rate(5 minutes)", "2025-03-01T10:02:30Z")).isEqualTo("2025-03-01T10:07:30Z");
    }

    @Test
    void rateWithTheWrongNumberOfItsUnitIsRefusedAsEventBridgeDoes() {
        assertThatThrownBy(() -> ScheduleExpression.parse("rate(1 minutes)")).hasMessageContaining("singular");
        assertThatThrownBy(() -> ScheduleExpression.parse("rate(5 minute)")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ScheduleExpression.parse("rate(0 minutes)")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ScheduleExpression.parse("rate(5 weeks)")).hasMessageContaining("not a schedule");
    }

    @Test
    void dailyCronAtMidnightUtc() {
        assertThat(next("cron(0 0 * * ? *)", "2025-03-01T10:02:30Z")).isEqualTo("2025-03-02T00:00:00Z");
        assertThat(next("cron(0 0 * * ? *)", "2025-12-31T23:59:59Z")).isEqualTo("2026-01-01T00:00:00Z");
    }

    @Test
    void everyMinuteCronFiresAtTheNextMinuteStrictlyAfter() {
        assertThat(next("cron(* * * * ? *)", "2025-03-01T10:02:30Z")).isEqualTo("2025-03-01T10:03:00Z");
        assertThat(next("cron(* * * * ? *)", "2025-03-01T10:03:00Z")).isEqualTo("2025-03-01T10:04:00Z");
    }

    @Test
    void cronInATimeZoneFiresAtThatZonesWallClock() {
        // 07:00 in Jakarta (UTC+7) is midnight UTC.
        assertThat(next("cron(0 7 * * ? *)", "2025-03-01T10:00:00Z", JAKARTA)).isEqualTo("2025-03-02T00:00:00Z");
    }

    @Test
    void stepsRangesListsAndNames() {
        assertThat(next("cron(0/15 * * * ? *)", "2025-03-01T10:16:00Z")).isEqualTo("2025-03-01T10:30:00Z");
        assertThat(next("cron(*/20 8-9 * * ? *)", "2025-03-01T09:41:00Z")).isEqualTo("2025-03-02T08:00:00Z");
        assertThat(next("cron(0 9 ? * MON-FRI *)", "2025-03-01T00:00:00Z")).isEqualTo("2025-03-03T09:00:00Z"); // Sat -> Mon
        assertThat(next("cron(0 9 1,15 JAN,JUL ? *)", "2025-03-01T00:00:00Z")).isEqualTo("2025-07-01T09:00:00Z");
        assertThat(next("cron(30 6 ? * 1 *)", "2025-03-01T00:00:00Z")).isEqualTo("2025-03-02T06:30:00Z"); // 1 is Sunday
    }

    @Test
    void lastDayNearestWeekdayLastWeekdayAndNthWeekday() {
        assertThat(next("cron(0 0 L * ? *)", "2024-02-10T00:00:00Z")).isEqualTo("2024-02-29T00:00:00Z");
        // 1 March 2025 is a Saturday: the nearest weekday in March is Monday the 3rd.
        assertThat(next("cron(0 0 1W * ? *)", "2025-02-20T00:00:00Z")).isEqualTo("2025-03-03T00:00:00Z");
        // 15 June 2025 is a Sunday: the nearest weekday is Monday the 16th.
        assertThat(next("cron(0 0 15W * ? *)", "2025-06-01T00:00:00Z")).isEqualTo("2025-06-16T00:00:00Z");
        assertThat(next("cron(0 0 ? * 6L *)", "2025-03-01T00:00:00Z")).isEqualTo("2025-03-28T00:00:00Z"); // last Friday
        assertThat(next("cron(0 0 ? * 3#2 *)", "2025-03-01T00:00:00Z")).isEqualTo("2025-03-11T00:00:00Z"); // 2nd Tuesday
    }

    @Test
    void yearFieldAndSchedulesThatNeverFireAgain() {
        assertThat(next("cron(0 12 25 12 ? 2030)", "2025-03-01T00:00:00Z")).isEqualTo("2030-12-25T12:00:00Z");
        assertThat(ScheduleExpression.parse("cron(0 0 1 1 ? 2020)").next(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC))
                .isEmpty();
        assertThat(ScheduleExpression.parse("cron(0 0 30 2 ? *)").next(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC))
                .isEmpty();
    }

    @Test
    void oneTimeScheduleFiresOnceInItsZone() {
        var at = ScheduleExpression.parse("at(2030-01-31T07:00:00)");
        assertThat(at.next(Instant.parse("2025-01-01T00:00:00Z"), JAKARTA)).contains(Instant.parse("2030-01-31T00:00:00Z"));
        assertThat(at.next(Instant.parse("2030-01-31T00:00:00Z"), JAKARTA)).isEmpty();
    }

    @Test
    void malformedCronIsRefusedWithItsReason() {
        assertThatThrownBy(() -> ScheduleExpression.parse("cron(0 0 * * *)")).hasMessageContaining("6 fields");
        assertThatThrownBy(() -> ScheduleExpression.parse("cron(0 0 * * * *)")).hasMessageContaining("exactly one");
        assertThatThrownBy(() -> ScheduleExpression.parse("cron(0 0 ? * ? *)")).hasMessageContaining("exactly one");
        assertThatThrownBy(() -> ScheduleExpression.parse("cron(60 0 * * ? *)")).hasMessageContaining("outside 0-59");
        assertThatThrownBy(() -> ScheduleExpression.parse("cron(0 0 * FOO ? *)")).hasMessageContaining("cannot read FOO");
        assertThatThrownBy(() -> ScheduleExpression.parse("cron(0 5-2 * * ? *)")).hasMessageContaining("backwards");
    }
}

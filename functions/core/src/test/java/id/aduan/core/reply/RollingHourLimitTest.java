package id.aduan.core.reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RollingHourLimitTest {

    private static final RollingHourLimit INSTAGRAM = new RollingHourLimit(750);

    @Test
    void aBucketHoldsASeventhOfTheHourlyLimit() {
        assertThat(INSTAGRAM.perBucket()).isEqualTo(107);
        assertThat(new RollingHourLimit(7).perBucket()).isEqualTo(1);
    }

    @Test
    void bucketsStartAtWholeTenMinutes() {
        var at = Instant.parse("2026-08-04T03:07:31.250Z");

        assertThat(INSTAGRAM.bucketStart(at)).isEqualTo(Instant.parse("2026-08-04T03:00:00Z"));
        assertThat(INSTAGRAM.nextBucketStart(at)).isEqualTo(Instant.parse("2026-08-04T03:10:00Z"));
        assertThat(INSTAGRAM.bucketStart(Instant.parse("2026-08-04T03:10:00Z")))
                .isEqualTo(Instant.parse("2026-08-04T03:10:00Z"));
    }

    @Test
    void noRollingHourGoesOverTheLimitWhenEveryBucketIsUsedUpAtOnce() {
        var start = Instant.parse("2026-08-04T03:04:00Z");
        var taken = new HashMap<Instant, Integer>();
        var sends = new ArrayList<Instant>();
        for (var at = start; at.isBefore(start.plus(Duration.ofHours(4))); at = at.plusSeconds(1)) {
            while (take(taken, at)) {
                sends.add(at);
            }
        }

        assertThat(mostInAnyHour(sends)).isEqualTo(749);
        assertThat(sends).hasSize(4 * 6 * 107 + 107);
    }

    @Test
    void aLimitThatLeavesABucketEmptyIsRefused() {
        assertThatThrownBy(() -> new RollingHourLimit(6)).isInstanceOf(IllegalArgumentException.class);
    }

    private static boolean take(Map<Instant, Integer> taken, Instant at) {
        var bucket = INSTAGRAM.bucketStart(at);
        if (taken.getOrDefault(bucket, 0) >= INSTAGRAM.perBucket()) {
            return false;
        }
        taken.merge(bucket, 1, Integer::sum);
        return true;
    }

    /** The most sends within any closed 60-minute span, the span starting at each send. */
    private static int mostInAnyHour(List<Instant> sends) {
        int most = 0;
        int end = 0;
        for (int first = 0; first < sends.size(); first++) {
            var limit = sends.get(first).plus(Duration.ofHours(1));
            while (end < sends.size() && !sends.get(end).isAfter(limit)) {
                end++;
            }
            most = Math.max(most, end - first);
        }
        return most;
    }
}

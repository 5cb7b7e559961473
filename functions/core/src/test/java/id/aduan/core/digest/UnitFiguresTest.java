package id.aduan.core.digest;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.core.digest.UnitFigures.Age;
import id.aduan.core.digest.UnitFigures.FirstResponse;
import id.aduan.core.kernel.Percentile;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UnitFiguresTest {

    @Test
    void percentilesAreTheNearestRank() {
        var times = List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10).stream().map(Duration::ofMinutes).toList();

        assertThat(Percentile.nearestRank(times, 50)).contains(Duration.ofMinutes(5));
        assertThat(Percentile.nearestRank(times, 90)).contains(Duration.ofMinutes(9));
        assertThat(Percentile.nearestRank(List.of(Duration.ofMinutes(7)), 90)).contains(Duration.ofMinutes(7));
        assertThat(Percentile.nearestRank(List.of(), 50)).isEqualTo(Optional.empty());
    }

    @Test
    void agesChangeBucketAtOneThreeAndSevenDays() {
        assertThat(Age.of(Duration.ofDays(1).minusSeconds(1))).isEqualTo(Age.UNDER_ONE_DAY);
        assertThat(Age.of(Duration.ofDays(1))).isEqualTo(Age.ONE_TO_THREE_DAYS);
        assertThat(Age.of(Duration.ofDays(3))).isEqualTo(Age.THREE_TO_SEVEN_DAYS);
        assertThat(Age.of(Duration.ofDays(7))).isEqualTo(Age.OVER_SEVEN_DAYS);
    }
}

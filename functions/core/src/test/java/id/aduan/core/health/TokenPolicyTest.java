package id.aduan.core.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TokenPolicyTest {

    private static final Instant NOW = Instant.parse("2026-12-05T00:00:00Z");

    @Test
    void tokenYoungerThanADayIsNotRefreshed() {
        assertThat(TokenPolicy.refresh(issuedAgo(Duration.ofHours(23).plusMinutes(59)), NOW))
                .isEqualTo(TokenPolicy.Refresh.NOT_YET);
    }

    @Test
    void tokenADayOldIsRefreshed() {
        assertThat(TokenPolicy.refresh(issuedAgo(Duration.ofHours(24)), NOW)).isEqualTo(TokenPolicy.Refresh.DUE);
        assertThat(TokenPolicy.refresh(issuedAgo(Duration.ofDays(50)), NOW)).isEqualTo(TokenPolicy.Refresh.DUE);
    }

    @Test
    void tokenOlderThanFiftyDaysIsOverdue() {
        assertThat(TokenPolicy.refresh(issuedAgo(Duration.ofDays(50).plusMinutes(1)), NOW))
                .isEqualTo(TokenPolicy.Refresh.OVERDUE);
    }

    @Test
    void tokenOfUnknownAgeIsRefreshedToLearnItsExpiry() {
        assertThat(TokenPolicy.refresh(TokenLife.unknown(), NOW)).isEqualTo(TokenPolicy.Refresh.AGE_UNKNOWN);
    }

    @Test
    void noWarningWithMoreThanTenDaysLeft() {
        assertThat(TokenPolicy.warningDays(NOW.plus(Duration.ofDays(10)).plusSeconds(1), NOW)).isEmpty();
    }

    @Test
    void mostUrgentThresholdReachedIsTheWarning() {
        assertThat(TokenPolicy.warningDays(NOW.plus(Duration.ofDays(10)), NOW)).contains(10);
        assertThat(TokenPolicy.warningDays(NOW.plus(Duration.ofDays(4)), NOW)).contains(10);
        assertThat(TokenPolicy.warningDays(NOW.plus(Duration.ofDays(2)), NOW)).contains(3);
        assertThat(TokenPolicy.warningDays(NOW.plus(Duration.ofHours(20)), NOW)).contains(1);
        assertThat(TokenPolicy.warningDays(NOW.minus(Duration.ofHours(1)), NOW)).contains(1);
    }

    private static TokenLife issuedAgo(Duration age) {
        return new TokenLife(Optional.of(NOW.minus(age)), Optional.of(NOW.minus(age).plus(Duration.ofDays(60))));
    }
}

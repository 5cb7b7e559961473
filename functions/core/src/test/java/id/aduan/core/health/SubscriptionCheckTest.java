package id.aduan.core.health;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.core.instagram.GraphResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SubscriptionCheckTest {

    private static final Instant NOW = Instant.parse("2026-12-05T00:00:00Z");
    private static final Set<String> NEEDED = Set.of("comments", "messages");

    private final Operations operations = new Operations();

    @Test
    void subscriptionWithEveryNeededFieldIsHealthy() {
        var report = check(new WebhookSubscription.Status(true, Set.of("comments", "messages", "live_comments")), NOW);

        assertThat(report.healthy()).isTrue();
        assertThat(operations.published).isEmpty();
    }

    @Test
    void missingFieldIsReportedOnceADay() {
        var status = new WebhookSubscription.Status(true, Set.of("comments"));

        var report = check(status, NOW);
        check(status, NOW.plus(Duration.ofHours(6)));
        check(status, NOW.plus(Duration.ofDays(1)));

        assertThat(report.missing()).containsExactly("messages");
        assertThat(operations.published).hasSize(2);
        assertThat(operations.published.getFirst().text()).contains("tidak berlangganan field messages");
    }

    @Test
    void appNotSubscribedMissesEveryField() {
        var report = check(new WebhookSubscription.Status(false, Set.of()), NOW);

        assertThat(report.healthy()).isFalse();
        assertThat(report.missing()).containsExactlyInAnyOrderElementsOf(NEEDED);
        assertThat(operations.published.getFirst().text()).contains("tidak berlangganan webhook aplikasi sama sekali");
    }

    private SubscriptionCheck.Report check(WebhookSubscription.Status status, Instant now) {
        var clock = Clock.fixed(now, ZoneOffset.UTC);
        return new SubscriptionCheck("17841400000000001", NEEDED, () -> GraphResult.success(status),
                operations.notices(clock), new HealthAlerts(), clock).check();
    }
}

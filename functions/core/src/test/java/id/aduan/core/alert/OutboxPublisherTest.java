package id.aduan.core.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class OutboxPublisherTest {

    @Test
    void failedPublishIsTriedAgainAfterAMinuteDoublingUpToHalfAnHour() {
        assertThat(OutboxPublisher.backoff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(OutboxPublisher.backoff(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(OutboxPublisher.backoff(5)).isEqualTo(Duration.ofMinutes(16));
        assertThat(OutboxPublisher.backoff(6)).isEqualTo(Duration.ofMinutes(30));
        assertThat(OutboxPublisher.backoff(40)).isEqualTo(Duration.ofMinutes(30));
    }
}

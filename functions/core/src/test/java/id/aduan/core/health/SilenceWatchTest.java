package id.aduan.core.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SilenceWatchTest {

    private static final Instant NOW = Instant.parse("2026-12-05T00:00:00Z");

    private final List<DeliveryActivity.LastDelivery> last = new ArrayList<>();
    private final Operations operations = new Operations();

    @Test
    void accountQuietForADayAfterTrafficIsReportedOnce() {
        last.add(new DeliveryActivity.LastDelivery("busy", NOW.minus(Duration.ofHours(25))));

        var first = watch(NOW).check();
        var again = watch(NOW.plus(Duration.ofHours(6))).check();

        assertThat(first.silentAccounts()).containsExactly("busy");
        assertThat(again.silentAccounts()).containsExactly("busy");
        assertThat(operations.subjects()).containsExactly("Aduan: akun Instagram sepi 25 jam");
    }

    @Test
    void recentDeliveryIsNotASilence() {
        last.add(new DeliveryActivity.LastDelivery("busy", NOW.minus(Duration.ofHours(23))));

        assertThat(watch(NOW).check().silentAccounts()).isEmpty();
        assertThat(operations.published).isEmpty();
    }

    @Test
    void accountWithoutTrafficForOverAWeekIsNotNormalTraffic() {
        last.add(new DeliveryActivity.LastDelivery("quiet", NOW.minus(Duration.ofDays(8))));

        assertThat(watch(NOW).check().silentAccounts()).isEmpty();
    }

    @Test
    void newSilenceAfterTrafficResumedIsReportedAgain() {
        last.add(new DeliveryActivity.LastDelivery("busy", NOW.minus(Duration.ofHours(30))));
        watch(NOW).check();
        last.set(0, new DeliveryActivity.LastDelivery("busy", NOW.plus(Duration.ofHours(1))));

        watch(NOW.plus(Duration.ofHours(26))).check();

        assertThat(operations.published).hasSize(2);
    }

    @Test
    void silenceMustBeShorterThanAWeek() {
        assertThatThrownBy(() -> new SilenceWatch(Duration.ofDays(7), null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private SilenceWatch watch(Instant now) {
        var clock = Clock.fixed(now, ZoneOffset.UTC);
        DeliveryActivity activity = new DeliveryActivity() {
            @Override
            public void record(String account, Instant at) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<LastDelivery> lastDeliveries() {
                return List.copyOf(last);
            }
        };
        return new SilenceWatch(Duration.ofHours(24), activity, operations.notices(clock), new HealthAlerts(), clock);
    }
}

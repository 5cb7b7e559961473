package id.aduan.core.desk;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.core.kernel.Status;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueueCountsTest {

    @Test
    void twoGovernmentsCountsAddUpStatusByStatusAndAreCompleteOnlyWhenBothAre() {
        var bandung = new QueueCounts(Map.of(Status.NEW, 3, Status.FORWARDED, 1), 2, 1, 0, true);
        var garut = new QueueCounts(Map.of(Status.NEW, 4, Status.VERIFIED, 5), 1, 2, 1, false);

        var both = bandung.plus(garut);

        assertThat(both.byStatus()).isEqualTo(Map.of(Status.NEW, 7, Status.FORWARDED, 1, Status.VERIFIED, 5));
        assertThat(both.notComplaintSuggested()).isEqualTo(3);
        assertThat(both.slaAtRisk()).isEqualTo(3);
        assertThat(both.slaBreached()).isEqualTo(1);
        assertThat(both.complete()).isFalse();
        assertThat(bandung.plus(bandung).complete()).isTrue();
    }
}

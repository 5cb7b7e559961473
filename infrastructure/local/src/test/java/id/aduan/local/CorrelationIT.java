package id.aduan.local;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.core.ingest.RawDelivery;
import id.aduan.testkit.InstagramFixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A complaint taken in through the webhook keeps the id of its delivery, which its later log lines carry. */
class CorrelationIT {

    @TempDir
    Path state;

    @Test
    void aComplaintKeepsTheIdOfTheDeliveryItCameFromAsItsCorrelationId() throws Exception {
        try (var calls = LocalRunCalls.start(state)) {
            calls.deliver("dm-text.json");

            assertThat(calls.run.deployment().items("ComplaintsTable"))
                    .filteredOn(item -> item.get("SK").s().equals("META") && item.get("PK").s().startsWith("C#"))
                    .singleElement()
                    .satisfies(item -> assertThat(item.get("correlationId").s())
                            .isEqualTo(RawDelivery.idOf(InstagramFixtures.read("dm-text.json"))));
        }
    }
}

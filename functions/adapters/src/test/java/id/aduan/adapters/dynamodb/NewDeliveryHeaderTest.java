package id.aduan.adapters.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.core.ingest.DeliveryRecord;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;

class NewDeliveryHeaderTest {

    @Test
    void theHeaderMappedByHandIsWhatTheItemSchemaStores() {
        var body = SdkBytes.fromByteArray(new byte[] {31, -117, 8, 0, 1, 2});
        var receivedAt = Keys.time(Instant.parse("2026-12-05T03:20:00Z"));
        var dueOrder = Keys.due(Instant.parse("2026-12-05T03:25:00Z"), "9f2c");
        var byHand = new NewDeliveryHeader(Keys.rawDelivery("9f2c"), body, 412_345, 2, receivedAt, 1_796_000_000L, dueOrder);

        var header = new RawDeliveryItem();
        header.pk = Keys.rawDelivery("9f2c");
        header.sk = Keys.RAW_SK;
        header.body = body;
        header.bodyBytes = 412_345;
        header.parts = 2;
        header.receivedAt = receivedAt;
        header.status = DeliveryRecord.Status.RECEIVED.name();
        header.attempts = 0;
        header.expiresAt = 1_796_000_000L;
        header.duePartition = Keys.RETRY_PARTITION;
        header.dueOrder = dueOrder;

        assertThat(byHand.item()).isEqualTo(RawDeliveryItem.SCHEMA.itemToMap(header, true));
    }
}

package id.aduan.local;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.adapters.json.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeliveryRestampTest {

    private static final Instant NOW = Instant.parse("2026-12-05T19:30:00.250Z");

    @Test
    void timesInSecondsAndInMillisecondsBecomeNowInTheirOwnUnit() throws Exception {
        var recorded = """
                {"object": "instagram", "entry": [{"id": "1784", "time": 1785901500,
                  "messaging": [{"sender": {"id": "61"}, "timestamp": 1785901499123,
                                 "message": {"mid": "m1", "text": "jalan rusak"}}],
                  "changes": [{"field": "comments", "value": {"id": "179", "text": "lampu mati",
                               "timestamp": "2026-03-02T08:15:30+0000"}}]}]}""";

        var restamped = Json.mapper().readTree(DeliveryRestamp.toNow(recorded.getBytes(StandardCharsets.UTF_8), NOW));

        var entry = restamped.path("entry").get(0);
        assertThat(entry.path("time").asLong()).isEqualTo(NOW.getEpochSecond());
        assertThat(entry.path("messaging").get(0).path("timestamp").asLong()).isEqualTo(NOW.toEpochMilli());
        assertThat(entry.path("messaging").get(0).path("message").path("text").asText()).isEqualTo("jalan rusak");
        assertThat(entry.path("changes").get(0).path("value").path("timestamp").asText())
                .as("a timestamp that is not a number is left as recorded").isEqualTo("2026-03-02T08:15:30+0000");
    }
}

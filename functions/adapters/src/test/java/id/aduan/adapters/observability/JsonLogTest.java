package id.aduan.adapters.observability;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.adapters.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonLogTest {

    private final ByteArrayOutputStream written = new ByteArrayOutputStream();
    private final JsonLog log = new JsonLog("aduan-InstagramWebhookFunction",
            Clock.fixed(Instant.parse("2026-12-05T03:00:00Z"), ZoneOffset.UTC),
            new PrintStream(written, true, StandardCharsets.UTF_8));

    @Test
    void aLineWrittenDuringADeliveryCarriesItsCorrelationIdAndALineAfterItDoesNot() throws Exception {
        LogContext.with(LogContext.CORRELATION_ID, "9f2c41", () -> {
            log.info("delivery received", Map.of("status", 200));
            return null;
        });
        log.info("subscription handshake refused", Map.of());

        var lines = lines();
        assertThat(lines.get(0).get("correlationId")).isEqualTo("9f2c41");
        assertThat(lines.get(0)).containsEntry("message", "delivery received").containsEntry("status", 200);
        assertThat(lines.get(1)).doesNotContainKey("correlationId");
    }

    @Test
    void aNestedContextAddsItsFieldAndKeepsTheOuterOnes() throws Exception {
        LogContext.with(LogContext.CORRELATION_ID, "9f2c41", () -> LogContext.with(LogContext.COMPLAINT, "ADU-7K3Q9", () -> {
            log.warn("reply refused", Map.of());
            return null;
        }));

        assertThat(lines().getFirst()).containsEntry("correlationId", "9f2c41").containsEntry("complaint", "ADU-7K3Q9");
    }

    @Test
    void aThreadStartedDuringADeliveryLogsItsCorrelationIdToo() throws Exception {
        LogContext.with(LogContext.CORRELATION_ID, "9f2c41", () -> {
            try {
                Thread.ofVirtual().start(() -> log.info("complaint created", Map.of())).join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });

        assertThat(lines().getFirst()).containsEntry("correlationId", "9f2c41");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> lines() throws Exception {
        return written.toString(StandardCharsets.UTF_8).lines()
                .map(line -> (Map<String, Object>) readMap(line)).toList();
    }

    private static Map<?, ?> readMap(String line) {
        try {
            return Json.mapper().readValue(line, Map.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

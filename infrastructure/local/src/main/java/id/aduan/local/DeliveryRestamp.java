package id.aduan.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.aduan.adapters.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

/**
 * A recorded delivery made to look as if it happened now ({@code ./aduan send --now}): every
 * {@code time} and {@code timestamp} number in it becomes now, in seconds or in milliseconds as the
 * recording had it, so SLA clocks start now instead of on the day the fixture was recorded. The body
 * is signed after this, as Meta signs what it sends.
 */
final class DeliveryRestamp {

    /** Below this a timestamp counts seconds (it is 2286 in seconds, 1973 in milliseconds). */
    private static final long MILLISECONDS_FROM = 10_000_000_000L;

    private DeliveryRestamp() {
    }

    static byte[] toNow(byte[] delivery, Instant now) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(delivery);
        } catch (IOException e) {
            throw new UncheckedIOException("the delivery is not JSON, so it cannot be restamped", e);
        }
        restamp(root, now);
        return Json.write(root).getBytes(StandardCharsets.UTF_8);
    }

    private static void restamp(JsonNode node, Instant now) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                var value = field.getValue();
                if ((field.getKey().equals("time") || field.getKey().equals("timestamp")) && value.isIntegralNumber()) {
                    object.put(field.getKey(), value.asLong() >= MILLISECONDS_FROM ? now.toEpochMilli() : now.getEpochSecond());
                } else {
                    restamp(value, now);
                }
            }
        } else if (node.isArray()) {
            node.forEach(element -> restamp(element, now));
        }
    }
}

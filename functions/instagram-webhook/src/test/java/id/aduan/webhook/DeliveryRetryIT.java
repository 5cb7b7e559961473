package id.aduan.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.aduan.adapters.config.Settings;
import id.aduan.adapters.dynamodb.DynamoDbRawDeliveryStore;
import id.aduan.adapters.json.Json;
import id.aduan.core.ingest.RawDelivery;
import id.aduan.testkit.AwsEmulatorExtension;
import id.aduan.testkit.Deployment;
import id.aduan.testkit.InstagramFixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Deliveries that did not finish are taken in later from their stored body, and big ones are kept whole. */
@ExtendWith(AwsEmulatorExtension.class)
class DeliveryRetryIT {

    private static final Instant NOW = Instant.parse("2026-08-05T03:30:00Z");

    @Test
    void deliveryStoredByAnInvocationThatStoppedHalfWayIsTakenInByTheScheduledRetry(Deployment deployment)
            throws IOException {
        var webhook = new Webhook(deployment, Clock.fixed(NOW, ZoneOffset.UTC));
        var body = InstagramFixtures.read("batch-mixed.json");
        // The function stored the body, then stopped before taking anything in.
        new DynamoDbRawDeliveryStore(webhook.wiring.runtime.table(), Clock.fixed(NOW, ZoneOffset.UTC))
                .storeIfAbsent(RawDelivery.of(body, NOW), NOW.plus(Duration.ofMinutes(5)));
        assertThat(webhook.complaints()).isEmpty();

        var tooEarly = retry(deployment, NOW.plus(Duration.ofMinutes(4)), "{}");
        var due = retry(deployment, NOW.plus(Duration.ofMinutes(6)), scheduledEvent());

        assertThat(tooEarly.path("replayed").asInt()).isZero();
        assertThat(due.path("replayed").asInt()).isEqualTo(1);
        assertThat(due.path("processed").asInt()).isEqualTo(1);
        assertThat(webhook.complaints()).hasSize(5);
        var raw = webhook.items().stream().filter(item -> item.get("PK").s().startsWith("RAW#")).findFirst().orElseThrow();
        assertThat(raw.get("status").s()).isEqualTo("PROCESSED");
        assertThat(raw).doesNotContainKey("DUEPK");
        assertThat(retry(deployment, NOW.plus(Duration.ofHours(1)), scheduledEvent()).path("replayed").asInt()).isZero();
    }

    @Test
    void namedDeliveryIsReplayedOnRequestAndChangesNothingTwice(Deployment deployment) throws IOException {
        var webhook = new Webhook(deployment, Clock.fixed(NOW, ZoneOffset.UTC));
        var body = InstagramFixtures.read("dm-text.json");
        webhook.deliver(body);
        var before = webhook.items();

        var report = retry(deployment, NOW, "{\"delivery\":\"" + RawDelivery.idOf(body) + "\"}");

        assertThat(report.path("replayed").asInt()).isEqualTo(1);
        assertThat(webhook.complaints()).hasSize(1);
        // Only the delivery's own record notes the replay; the complaint is untouched.
        assertThat(webhook.items()).filteredOn(item -> !item.get("PK").s().startsWith("RAW#"))
                .isEqualTo(before.stream().filter(item -> !item.get("PK").s().startsWith("RAW#")).toList());
    }

    @Test
    void replayOfAnUnknownDeliveryReportsIt(Deployment deployment) throws IOException {
        var report = retry(deployment, NOW, "{\"delivery\":\"" + "0".repeat(64) + "\"}");

        assertThat(report.path("notFound").asInt()).isEqualTo(1);
    }

    @Test
    void deliveryLargerThanADynamoDbItemIsKeptWholeAndReplayable(Deployment deployment) throws IOException {
        var webhook = new Webhook(deployment, Clock.fixed(NOW, ZoneOffset.UTC));
        var body = bigDelivery(160, new Random(7));
        assertThat(body.length).isGreaterThan(400_000);

        var response = webhook.deliver(body);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.outcome("created")).isEqualTo(1);
        assertThat(response.outcome("ignored")).isEqualTo(160);
        var store = new DynamoDbRawDeliveryStore(webhook.wiring.runtime.table(), Clock.systemUTC());
        assertThat(store.load(RawDelivery.idOf(body)).orElseThrow().delivery().body()).isEqualTo(body);
    }

    /**
     * One comment among many changes Aduan does not act on, carrying incompressible data, so that even
     * the gzip-compressed body needs more than one item.
     */
    private static byte[] bigDelivery(int otherChanges, Random random) {
        var changes = new StringBuilder("""
                {"field":"comments","value":{"id":"17900000000000888","from":{"id":"6123456789018888","username":"warga"},
                "media":{"id":"18034567890123456","media_product_type":"FEED"},"text":"Jalan rusak di Cikutra"}}""");
        for (int i = 0; i < otherChanges; i++) {
            var noise = new StringBuilder();
            for (int c = 0; c < 3000; c++) {
                noise.append((char) ('a' + random.nextInt(26)));
            }
            changes.append(",{\"field\":\"story_insights\",\"value\":{\"media_id\":\"").append(i)
                    .append("\",\"data\":\"").append(noise).append("\"}}");
        }
        return ("{\"object\":\"instagram\",\"entry\":[{\"id\":\"17841400000000001\",\"time\":1785900000,\"changes\":["
                + changes + "]}]}").getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode retry(Deployment deployment, Instant now, String event) throws IOException {
        var wiring = new Wiring(new Settings(deployment.environment("DeliveryRetryFunction")),
                Clock.fixed(now, ZoneOffset.UTC));
        var out = new ByteArrayOutputStream();
        new DeliveryRetryHandler(wiring).handleRequest(
                new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, null);
        return Json.mapper().readTree(out.toByteArray());
    }

    private static String scheduledEvent() {
        return """
                {"version":"0","id":"53dc4d37-cffa-4f76-80c9-8b7d4a4d2eaa","detail-type":"Scheduled Event",
                 "source":"aws.events","account":"123456789012","time":"2026-08-05T03:36:00Z","region":"ap-southeast-3",
                 "resources":["arn:aws:events:ap-southeast-3:123456789012:rule/aduan-DeliveryRetry"],"detail":{}}""";
    }
}

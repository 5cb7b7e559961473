package id.aduan.bench;

import id.aduan.core.ingest.WebhookSignature;
import id.aduan.testkit.HttpApiEvents;
import id.aduan.testkit.TestSecrets;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A realistic first event for each function, distinct per run so that no run finds a duplicate. */
final class SampleEvents {

    private SampleEvents() {
    }

    static Optional<String> forFunction(String logicalId, int run) {
        return Optional.ofNullable(switch (logicalId) {
            case "InstagramWebhookFunction" -> {
                var body = SampleDeliveries.comment(run).getBytes(StandardCharsets.UTF_8);
                yield HttpApiEvents.request("POST", "/webhooks/instagram").body(body)
                        .header("content-type", "application/json")
                        .header("x-hub-signature-256", WebhookSignature.sign(body, TestSecrets.APP_SECRET))
                        .toJson();
            }
            case "DeliveryRetryFunction", "TriageLearnerFunction", ColdStartSuite.BASELINE -> scheduled(logicalId);
            default -> null;
        });
    }

    /** The event EventBridge sends a scheduled function. */
    static String scheduled(String rule) {
        return """
                {"version":"0","id":"%s","detail-type":"Scheduled Event","source":"aws.events",\
                "account":"123456789012","time":"%s","region":"ap-southeast-3",\
                "resources":["arn:aws:events:ap-southeast-3:123456789012:rule/%s"],"detail":{}}"""
                .formatted(UUID.randomUUID(), Instant.now(), rule);
    }
}

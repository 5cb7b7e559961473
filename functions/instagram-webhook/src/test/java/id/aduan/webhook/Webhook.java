package id.aduan.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import id.aduan.adapters.config.Settings;
import id.aduan.adapters.dynamodb.DynamoDbComplaintStore;
import id.aduan.adapters.json.Json;
import id.aduan.adapters.sqs.SqsBatch;
import id.aduan.core.complaint.ComplaintDetail;
import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.ingest.IntakeResult;
import id.aduan.core.ingest.WebhookSignature;
import id.aduan.core.kernel.Deadline;
import id.aduan.testkit.Deployment;
import id.aduan.testkit.HttpApiEvents;
import id.aduan.testkit.InstagramFixtures;
import id.aduan.testkit.QueueDrain;
import id.aduan.testkit.TestSecrets;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Drives the real webhook handler with API Gateway events, against the emulator, and then hands what it
 * queued to the delivery processor, so a test sees the complaints as soon as a delivery returns.
 */
final class Webhook {

    static final String FUNCTION = "InstagramWebhookFunction";
    static final String PATH = "/webhooks/instagram";

    final Deployment deployment;
    final Wiring wiring;
    final InstagramWebhookHandler handler;
    final DynamoDbComplaintStore complaints;
    private final QueueDrain queue;
    private final Map<String, Integer> processedOutcomes = new ConcurrentHashMap<>();

    Webhook(Deployment deployment) {
        this(deployment, Clock.systemUTC());
    }

    Webhook(Deployment deployment, Clock clock) {
        this(deployment, clock, List.of());
    }

    /** With {@code faults} injected into its AWS clients. */
    Webhook(Deployment deployment, Clock clock, List<ExecutionInterceptor> faults) {
        this(deployment, clock, deployment.environment(FUNCTION), faults);
    }

    /** With its AWS clients sent to {@code awsEndpoint} (a proxy that can go away) instead of the emulator. */
    Webhook(Deployment deployment, Clock clock, URI awsEndpoint) {
        this(deployment, clock, withEndpoint(deployment.environment(FUNCTION), awsEndpoint), List.of());
    }

    private Webhook(Deployment deployment, Clock clock, Map<String, String> environment,
                    List<ExecutionInterceptor> faults) {
        this(deployment, new Wiring(new Settings(environment), clock, faults));
    }

    /** Driving {@code wiring}, built by the test for the deployment. */
    Webhook(Deployment deployment, Wiring wiring) {
        this.deployment = deployment;
        this.wiring = wiring;
        this.handler = new InstagramWebhookHandler(wiring);
        this.complaints = new DynamoDbComplaintStore(wiring.runtime.table().forTenant(wiring.tenants.first()));
        this.queue = new QueueDrain(deployment, "DeliveryQueue", this::process);
    }

    private static Map<String, String> withEndpoint(Map<String, String> environment, URI awsEndpoint) {
        var changed = new HashMap<>(environment);
        changed.put("AWS_ENDPOINT_URL", awsEndpoint.toString());
        return changed;
    }

    /** Takes in what the webhook queued, as the processor function would. */
    int drain() {
        return queue.drain();
    }

    private byte[] process(byte[] event) {
        try {
            var processed = new DeliveryBatch(wiring).takeIn(SqsBatch.read(new ByteArrayInputStream(event)),
                    Deadline.none());
            processed.results().values().forEach(result -> {
                if (result instanceof IntakeResult.Processed(var id, var summary)) {
                    summary.outcomes().forEach((kind, count) -> processedOutcomes.merge(kind, count, Integer::sum));
                }
            });
            var out = new ByteArrayOutputStream();
            SqsBatch.writeResponse(processed.failedMessageIds(), out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A delivery of one citizen's comment on a feed post of {@code account}, made at {@code at}. */
    static byte[] commentDelivery(String account, String commentId, String text, Instant at) {
        var entry = Map.of("id", account, "time", at.getEpochSecond(), "changes", List.of(Map.of(
                "field", "comments",
                "value", Map.of("from", Map.of("id", "6123456789012345", "username", "warga"),
                        "media", Map.of("id", "18034567890123456", "media_product_type", "FEED"),
                        "id", commentId, "text", text))));
        return Json.write(Map.of("object", "instagram", "entry", List.of(entry))).getBytes(StandardCharsets.UTF_8);
    }

    Response deliverFixture(String name) {
        return deliver(InstagramFixtures.read(name));
    }

    Response deliver(byte[] body) {
        return post(body, WebhookSignature.sign(body, TestSecrets.APP_SECRET));
    }

    /** The webhook's answer alone: what it queued stays queued until {@link #drain()}. */
    JsonNode accept(byte[] body) {
        return answer(signed(body, WebhookSignature.sign(body, TestSecrets.APP_SECRET)).toJson());
    }

    Response post(byte[] body, String signature) {
        return invoke(signed(body, signature));
    }

    private static HttpApiEvents.Request signed(byte[] body, String signature) {
        var request = HttpApiEvents.request("POST", PATH).header("content-type", "application/json").body(body);
        if (signature != null) {
            request.header("X-Hub-Signature-256", signature);
        }
        return request;
    }

    Response invoke(HttpApiEvents.Request request) {
        return invoke(request.toJson());
    }

    /** Posts to the webhook, then drains the delivery queue; the response counts what was taken in. */
    Response invoke(String eventJson) {
        var answer = answer(eventJson);
        processedOutcomes.clear();
        drain();
        return new Response(answer, Map.copyOf(processedOutcomes));
    }

    private JsonNode answer(String eventJson) {
        var out = new ByteArrayOutputStream();
        try {
            handler.handleRequest(new ByteArrayInputStream(eventJson.getBytes(StandardCharsets.UTF_8)), out, null);
            return Json.mapper().readTree(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Map<String, AttributeValue>> items() {
        return deployment.items("ComplaintsTable");
    }

    /** Every complaint stored, oldest first (scanning is for tests only). */
    List<ComplaintDetail> complaints() {
        return items().stream()
                .filter(item -> item.get("SK").s().equals("META"))
                .map(item -> complaints.load(new ComplaintId(item.get("id").s())).orElseThrow())
                .sorted(Comparator.comparing(detail -> detail.complaint().receivedAt()))
                .toList();
    }

    ComplaintDetail onlyComplaint() {
        var all = complaints();
        if (all.size() != 1) {
            throw new AssertionError("expected one complaint, found " + all.size());
        }
        return all.getFirst();
    }

    /** The response API Gateway would send back, and the outcomes of taking in what it queued. */
    record Response(JsonNode event, Map<String, Integer> outcomes) {
        int status() {
            return event.path("statusCode").asInt();
        }

        String body() {
            return event.path("body").asText();
        }

        JsonNode json() {
            try {
                return Json.mapper().readTree(body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        int outcome(String kind) {
            return outcomes.getOrDefault(kind, 0);
        }
    }
}

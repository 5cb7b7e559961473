package id.aduan.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import id.aduan.adapters.config.Settings;
import id.aduan.adapters.dynamodb.DynamoDbComplaintStore;
import id.aduan.adapters.json.Json;
import id.aduan.core.complaint.ComplaintDetail;
import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.ingest.WebhookSignature;
import id.aduan.testkit.Deployment;
import id.aduan.testkit.HttpApiEvents;
import id.aduan.testkit.InstagramFixtures;
import id.aduan.testkit.TestSecrets;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Drives the real webhook handler with API Gateway events, against the emulator. */
final class Webhook {

    static final String FUNCTION = "InstagramWebhookFunction";
    static final String PATH = "/webhooks/instagram";

    final Deployment deployment;
    final Wiring wiring;
    final InstagramWebhookHandler handler;
    final DynamoDbComplaintStore complaints;

    Webhook(Deployment deployment) {
        this(deployment, Clock.systemUTC());
    }

    Webhook(Deployment deployment, Clock clock) {
        this.deployment = deployment;
        this.wiring = new Wiring(new Settings(deployment.environment(FUNCTION)), clock);
        this.handler = new InstagramWebhookHandler(wiring);
        this.complaints = new DynamoDbComplaintStore(wiring.runtime.table());
    }

    Response deliverFixture(String name) {
        return deliver(InstagramFixtures.read(name));
    }

    Response deliver(byte[] body) {
        return post(body, WebhookSignature.sign(body, TestSecrets.APP_SECRET));
    }

    Response post(byte[] body, String signature) {
        var request = HttpApiEvents.request("POST", PATH).header("content-type", "application/json").body(body);
        if (signature != null) {
            request.header("X-Hub-Signature-256", signature);
        }
        return invoke(request);
    }

    Response invoke(HttpApiEvents.Request request) {
        return invoke(request.toJson());
    }

    Response invoke(String eventJson) {
        var out = new ByteArrayOutputStream();
        try {
            handler.handleRequest(new ByteArrayInputStream(eventJson.getBytes(StandardCharsets.UTF_8)), out, null);
            return new Response(Json.mapper().readTree(out.toByteArray()));
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

    /** The response API Gateway would send back. */
    record Response(JsonNode event) {
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
            return json().path("outcomes").path(kind).asInt(0);
        }
    }
}

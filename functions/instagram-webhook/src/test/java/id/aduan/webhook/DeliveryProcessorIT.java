package id.aduan.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.aduan.adapters.config.Settings;
import id.aduan.adapters.json.Json;
import id.aduan.core.ingest.RawDelivery;
import id.aduan.core.ingest.WebhookSignature;
import id.aduan.testkit.AwsEmulatorExtension;
import id.aduan.testkit.Deployment;
import id.aduan.testkit.HttpApiEvents;
import id.aduan.testkit.InstagramFixtures;
import id.aduan.testkit.TestSecrets;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The webhook answers once the delivery is stored and queued; the processor takes it in behind. */
@ExtendWith(AwsEmulatorExtension.class)
class DeliveryProcessorIT {

    @Test
    void webhookAnswersBeforeAnythingIsTakenInAndTheProcessorOpensTheComplaint(Deployment deployment)
            throws IOException {
        var webhook = new Webhook(deployment);
        var body = InstagramFixtures.read("comment-complaint.json");

        var answer = post(webhook, body);

        assertThat(answer.path("statusCode").asInt()).isEqualTo(200);
        assertThat(answer.path("body").asText()).contains("\"ACCEPTED\"");
        assertThat(webhook.complaints()).isEmpty();
        assertThat(webhook.drain()).isEqualTo(1);
        assertThat(webhook.complaints()).hasSize(1);
    }

    @Test
    void deliveryQueuedTwiceOpensOneComplaint(Deployment deployment) throws IOException {
        var webhook = new Webhook(deployment);
        var body = InstagramFixtures.read("comment-complaint.json");
        post(webhook, body);
        // Meta resends before the processor ran: the stored delivery is queued again.
        post(webhook, body);

        assertThat(webhook.drain()).isEqualTo(2);
        assertThat(webhook.complaints()).hasSize(1);
    }

    @Test
    void messageThatNamesNoDeliveryIsDroppedAndTheOthersAreTakenIn(Deployment deployment) throws IOException {
        var webhook = new Webhook(deployment);
        post(webhook, InstagramFixtures.read("comment-complaint.json"));
        deployment.sqs().sendMessage(request -> request.queueUrl(deployment.ref("DeliveryQueue")).messageBody("{\"x\":1}"));

        assertThat(webhook.drain()).isEqualTo(2);
        assertThat(webhook.complaints()).hasSize(1);
    }

    @Test
    void deliveryTheQueueRefusesIsAnsweredAndTakenInByTheScheduledRetry(Deployment deployment) throws IOException {
        var environment = new HashMap<>(deployment.environment(Webhook.FUNCTION));
        environment.put("DELIVERY_QUEUE_URL", deployment.ref("DeliveryQueue") + "-missing");
        var handler = new InstagramWebhookHandler(new Settings(environment));
        var body = InstagramFixtures.read("dm-text.json");

        var answer = post(handler, body);
        var retry = new ByteArrayOutputStream();
        new DeliveryRetryHandler(new Settings(deployment.environment("DeliveryRetryFunction"))).handleRequest(
                new ByteArrayInputStream(("{\"delivery\":\"" + RawDelivery.idOf(body) + "\"}").getBytes(StandardCharsets.UTF_8)),
                retry, null);

        assertThat(answer.path("statusCode").asInt()).isEqualTo(200);
        assertThat(answer.path("body").asText()).contains("\"ACCEPTED\"");
        assertThat(new Webhook(deployment).complaints()).hasSize(1);
    }

    private static JsonNode post(Webhook webhook, byte[] body) throws IOException {
        return post(webhook.handler, body);
    }

    private static JsonNode post(InstagramWebhookHandler handler, byte[] body) throws IOException {
        var out = new ByteArrayOutputStream();
        var event = HttpApiEvents.request("POST", Webhook.PATH).header("content-type", "application/json").body(body)
                .header("X-Hub-Signature-256", WebhookSignature.sign(body, TestSecrets.APP_SECRET)).toJson();
        handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, null);
        return Json.mapper().readTree(out.toByteArray());
    }
}

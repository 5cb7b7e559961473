package id.aduan.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.core.ingest.RawDelivery;
import id.aduan.core.ingest.WebhookSignature;
import id.aduan.testkit.AwsEmulatorExtension;
import id.aduan.testkit.Deployment;
import id.aduan.testkit.HttpApiEvents;
import id.aduan.testkit.InstagramFixtures;
import id.aduan.testkit.TestSecrets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** What Meta (or anyone else) gets back for every kind of request, and what is stored meanwhile. */
@ExtendWith(AwsEmulatorExtension.class)
class WebhookRequestsIT {

    private static final byte[] COMMENT = InstagramFixtures.read("comment-complaint.json");

    private Webhook webhook;

    @BeforeEach
    void setUp(Deployment deployment) {
        webhook = new Webhook(deployment);
    }

    @Test
    void handshakeWithTheVerifyTokenAnswersTheChallenge() {
        var response = webhook.invoke(HttpApiEvents.request("GET", Webhook.PATH)
                .query("hub.mode", "subscribe").query("hub.verify_token", TestSecrets.VERIFY_TOKEN)
                .query("hub.challenge", "1158201444"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("1158201444");
    }

    @Test
    void handshakeWithAWrongTokenIsForbidden() {
        var response = webhook.invoke(HttpApiEvents.request("GET", Webhook.PATH)
                .query("hub.mode", "subscribe").query("hub.verify_token", "guess")
                .query("hub.challenge", "1158201444"));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().path("error").path("code").asText()).isEqualTo("VERIFICATION_FAILED");
    }

    @Test
    void deliveryWithoutSignatureIsUnauthorizedAndNothingIsStored() {
        var response = webhook.post(COMMENT, null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().path("error").path("code").asText()).isEqualTo("SIGNATURE_MISSING");
        assertThat(webhook.items()).isEmpty();
    }

    @Test
    void deliverySignedWithAnotherSecretIsForbiddenAndNothingIsStored() {
        var response = webhook.post(COMMENT, WebhookSignature.sign(COMMENT, "not-the-app-secret"));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().path("error").path("code").asText()).isEqualTo("SIGNATURE_INVALID");
        assertThat(webhook.items()).isEmpty();
    }

    @Test
    void signatureOverReserialisedJsonDoesNotMatchTheBytesReceived() {
        var compacted = new String(COMMENT, StandardCharsets.UTF_8).replaceAll("\\s+", " ").getBytes(StandardCharsets.UTF_8);

        var response = webhook.post(COMMENT, WebhookSignature.sign(compacted, TestSecrets.APP_SECRET));

        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void deliverySignedWithTheSecondConfiguredSecretIsAccepted() {
        var response = webhook.post(COMMENT, WebhookSignature.sign(COMMENT, TestSecrets.SECOND_APP_SECRET));

        assertThat(response.status()).isEqualTo(200);
        assertThat(webhook.complaints()).hasSize(1);
    }

    @Test
    void base64EncodedBodyIsVerifiedOverItsDecodedBytes() {
        var response = webhook.invoke(HttpApiEvents.request("POST", Webhook.PATH).body(COMMENT).base64Encoded()
                .header("X-Hub-Signature-256", WebhookSignature.sign(COMMENT, TestSecrets.APP_SECRET)));

        assertThat(response.status()).isEqualTo(200);
        assertThat(webhook.complaints()).hasSize(1);
    }

    @Test
    void eventInTheExactShapeApiGatewaySendsIsTakenIn() throws IOException {
        var template = new String(Objects.requireNonNull(getClass().getResourceAsStream(
                "/events/apigateway-v2-post-webhook.json")).readAllBytes(), StandardCharsets.UTF_8);
        var event = template.replace("__LENGTH__", Integer.toString(COMMENT.length))
                .replace("__SIGNATURE__", WebhookSignature.sign(COMMENT, TestSecrets.APP_SECRET))
                .replace("__BODY__", Base64.getEncoder().encodeToString(COMMENT));

        var response = webhook.invoke(event);

        assertThat(response.status()).isEqualTo(200);
        assertThat(webhook.onlyComplaint().complaint().reporter().username()).isEqualTo("warga_cibiru");
    }

    @Test
    void bodyThatIsNotJsonIsKeptAsInvalidAndRefusedWith400WhenSentAgain() {
        var body = "this is not json".getBytes(StandardCharsets.UTF_8);

        var first = webhook.deliver(body);
        var again = webhook.deliver(body);

        assertThat(first.status()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().path("error").path("code").asText()).isEqualTo("NOT_AN_INSTAGRAM_DELIVERY");
        var kept = webhook.items();
        assertThat(kept).singleElement().satisfies(item -> {
            assertThat(item.get("PK").s()).isEqualTo("RAW#" + RawDelivery.idOf(body));
            assertThat(item.get("status").s()).isEqualTo("INVALID");
        });
    }

    @Test
    void jsonThatIsNotAnInstagramObjectIsKeptAsInvalidWithTheReason() {
        webhook.deliver("{\"object\":\"page\",\"entry\":[]}".getBytes(StandardCharsets.UTF_8));

        var raw = webhook.items().stream().filter(item -> item.get("PK").s().startsWith("RAW#")).findFirst().orElseThrow();
        assertThat(raw.get("status").s()).isEqualTo("INVALID");
        assertThat(raw.get("problems").l().getFirst().s()).contains("instagram");
    }

    @Test
    void unknownFieldsAreTolerated() {
        var body = new String(COMMENT, StandardCharsets.UTF_8)
                .replace("\"field\": \"comments\",", "\"field\": \"comments\", \"brand_new_field\": {\"x\": [1, 2]},")
                .replace("\"object\": \"instagram\",", "\"object\": \"instagram\", \"api_version\": \"v26.0\",")
                .getBytes(StandardCharsets.UTF_8);

        var response = webhook.deliver(body);

        assertThat(response.status()).isEqualTo(200);
        assertThat(webhook.complaints()).hasSize(1);
    }

    @Test
    void aDeliveryDatedBeforeInstagramExistedIsReceivedNowAndKeepsItsTimeForTheRecord() {
        var body = """
                {"object":"instagram","entry":[{"id":"17841400000000001","time":-5,"changes":[
                  {"field":"comments","value":{"id":"17900000000000778","from":{"id":"6123456789019998","username":"warga"},
                   "text":"Jalan berlubang di depan pasar"}}]}]}""".getBytes(StandardCharsets.UTF_8);
        var before = Instant.now();

        var response = webhook.deliver(body);

        assertThat(response.status()).isEqualTo(200);
        var detail = webhook.onlyComplaint();
        assertThat(detail.complaint().receivedAt()).isBetween(before, Instant.now());
        assertThat(detail.messages().getFirst().sentAt()).isEqualTo(detail.complaint().receivedAt());
        assertThat(detail.messages().getFirst().instagramTime()).isEqualTo(Instant.parse("1969-12-31T23:59:55Z"));
        assertThat(detail.timeline().getFirst().details()).containsEntry("instagramTime", "1969-12-31T23:59:55Z");
    }

    @Test
    void badChangeDoesNotBlockTheOthersAndSetsTheDeliveryAsideWithoutRetry() {
        var body = """
                {"object":"instagram","entry":[{"id":"17841400000000001","time":1785900000,"changes":[
                  {"field":"comments","value":{"text":"a comment without id or author"}},
                  {"field":"comments","value":{"id":"17900000000000777","from":{"id":"6123456789019999","username":"warga"},
                   "text":"Lampu merah di perempatan Dago mati"}}]}]}""".getBytes(StandardCharsets.UTF_8);

        var response = webhook.deliver(body);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(webhook.complaints()).hasSize(1);
        var raw = webhook.items().stream().filter(item -> item.get("PK").s().startsWith("RAW#")).findFirst().orElseThrow();
        assertThat(raw.get("status").s()).isEqualTo("DEAD");
        assertThat(raw.get("problems").l().getFirst().s()).startsWith("entry[0].changes[0]: comment has neither id");
        assertThat(raw.get("DUEPK").s()).isEqualTo("DEAD");
    }

    @Test
    void deliveryNotesTheAccountsLastDeliveryButTheDashboardTestDoesNot() {
        webhook.deliverFixture("dashboard-test.json");
        assertThat(lastDeliveries()).isEmpty();

        webhook.deliver(COMMENT);

        assertThat(lastDeliveries()).singleElement()
                .satisfies(item -> assertThat(item.get("SK").s()).isEqualTo("17841400000000001"));
    }

    @Test
    void methodOtherThanGetOrPostIsNotAllowed() {
        var response = webhook.invoke(HttpApiEvents.request("PUT", Webhook.PATH));

        assertThat(response.status()).isEqualTo(405);
    }

    private List<Map<String, AttributeValue>> lastDeliveries() {
        return webhook.items().stream().filter(item -> item.get("PK").s().equals("ACTIVITY")).toList();
    }
}

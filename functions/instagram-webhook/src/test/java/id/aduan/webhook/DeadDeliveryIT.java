package id.aduan.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.core.ingest.RawDelivery;
import id.aduan.testkit.AlertInbox;
import id.aduan.testkit.AwsEmulatorExtension;
import id.aduan.testkit.Deployment;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Deliveries no retry can take in are set aside at once (DEAD, with the reason, one operations alert)
 * instead of being retried for hours; the good changes beside them are taken in.
 */
@ExtendWith(AwsEmulatorExtension.class)
class DeadDeliveryIT {

    private static final String GOOD_COMMENT = """
            {"field":"comments","value":{"id":"17900000000000901","from":{"id":"6123456789010001","username":"warga"},
             "text":"Jalan di depan pasar berlubang"}}""";

    private Deployment deployment;
    private Webhook webhook;
    private AlertInbox alerts;

    @BeforeEach
    void setUp(Deployment deployment) {
        this.deployment = deployment;
        this.webhook = new Webhook(deployment);
        this.alerts = new AlertInbox(deployment);
    }

    static Stream<Arguments> changesNoRetryCanTakeIn() {
        return Stream.of(
                Arguments.of("entry of numbers", """
                        {"object":"instagram","entry":[1,2,{"id":"17841400000000001","time":1785900000,"changes":[%s]}]}"""
                        .formatted(GOOD_COMMENT), "entry[0]"),
                Arguments.of("comment without from.id", """
                        {"object":"instagram","entry":[{"id":"17841400000000001","time":1785900000,"changes":[
                          {"field":"comments","value":{"id":"17900000000000902","text":"tanpa pengirim"}},%s]}]}"""
                        .formatted(GOOD_COMMENT), "from.id"),
                Arguments.of("lone surrogate", """
                        {"object":"instagram","entry":[{"id":"17841400000000001","time":1785900000,"changes":[
                          {"field":"comments","value":{"id":"17900000000000903","from":{"id":"6123456789010002"},
                           "text":"rusak \\ud800 parah"}},%s]}]}""".formatted(GOOD_COMMENT), "entry[0].changes[0]"),
                Arguments.of("6 MB comment", """
                        {"object":"instagram","entry":[{"id":"17841400000000001","time":1785900000,"changes":[
                          {"field":"comments","value":{"id":"17900000000000904","from":{"id":"6123456789010003"},
                           "text":"%s"}},%s]}]}""".formatted("jalan rusak ".repeat(6 * 1024 * 1024 / 12), GOOD_COMMENT),
                        "entry[0].changes[0]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changesNoRetryCanTakeIn")
    void deliveryWithAChangeNoRetryCanTakeInIsSetAsideAtOnceWithOneAlert(String kind, String body, String reason) {
        var bytes = body.getBytes(StandardCharsets.UTF_8);

        var response = webhook.deliver(bytes);
        var again = webhook.deliver(bytes);

        assertThat(response.status()).isEqualTo(200);
        assertThat(again.json().path("status").asText()).isEqualTo("ALREADY_PROCESSED");
        var raw = header(RawDelivery.idOf(bytes));
        assertThat(raw.get("status").s()).isEqualTo("DEAD");
        assertThat(raw.get("problems").l()).anySatisfy(problem -> assertThat(problem.s()).contains(reason));
        assertThat(raw.get("DUEPK").s()).isEqualTo("DEAD");
        assertThat(webhook.complaints()).extracting(detail -> detail.complaint().replyTarget().instagramId())
                .contains("17900000000000901");
        assertThat(alerts.take()).singleElement().satisfies(alert -> {
            assertThat(alert.attribute("audience")).isEqualTo("OPERATIONS");
            assertThat(alert.attribute("delivery")).isEqualTo(RawDelivery.idOf(bytes));
        });
    }

    @Test
    void deliveryOfAnUnknownObjectKindIsKeptInvalidAndNeverRetried() {
        var bytes = "{\"object\":\"whatsapp_business_account\",\"entry\":[]}".getBytes(StandardCharsets.UTF_8);

        webhook.deliver(bytes);

        var raw = header(RawDelivery.idOf(bytes));
        assertThat(raw.get("status").s()).isEqualTo("INVALID");
        assertThat(raw).doesNotContainKey("DUEPK");
    }

    private Map<String, AttributeValue> header(String deliveryId) {
        return webhook.items().stream()
                .filter(item -> item.get("PK").s().equals("RAW#" + deliveryId) && item.get("SK").s().equals("RAW"))
                .findFirst().orElseThrow();
    }
}

package id.aduan.adapters.sns;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.core.alert.Alert;
import id.aduan.core.alert.AlertAttributes;
import id.aduan.core.kernel.Tenant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sns.model.PublishRequest;
import software.amazon.awssdk.services.sns.model.PublishResponse;

class SnsAlertPublisherTest {

    private static final Map<String, String> EVERY_ATTRIBUTE = Map.of(
            AlertAttributes.UNIT, "PERHUBUNGAN",
            AlertAttributes.LEVEL, "BREACH_COMMUNICATIONS",
            AlertAttributes.CLOCK, "FOLLOW_UP",
            AlertAttributes.TRACKING_CODE, "ADU-7K3Q9",
            AlertAttributes.CORRELATION_ID, "c0ffee",
            AlertAttributes.BREACHES, "FOLLOW_UP@2026-03-09T08:00:00Z",
            AlertAttributes.ESCALATIONS, "FOLLOW_UP@2026-03-09T20:00:00Z",
            AlertAttributes.AUDIENCE, "COMMUNICATIONS");

    private final List<PublishRequest> published = new ArrayList<>();

    @Test
    void aGovernmentsAlertNamesItsTenantInAnAttributeAndKeepsItsTextAsTheBody() {
        var alert = new Alert("sla/1/FOLLOW_UP", Alert.Kind.SLA_BREACH, "[Aduan] Eskalasi ADU-7K3Q9",
                "Aduan ADU-7K3Q9 terlambat 1 hari kerja.", EVERY_ATTRIBUTE).about(new Tenant("32.05"));

        publisher().publish(alert);

        var request = published.getFirst();
        assertThat(request.message()).isEqualTo("Aduan ADU-7K3Q9 terlambat 1 hari kerja.");
        assertThat(request.messageAttributes()).as("SNS refuses a message with more than ten").hasSizeLessThanOrEqualTo(10)
                .containsEntry(AlertAttributes.TENANT, text("32.05"))
                .containsEntry(AlertAttributes.KIND, text("SLA_BREACH"))
                .containsEntry(AlertAttributes.AUDIENCE, text("COMMUNICATIONS"))
                .as("the digest reads them from the outbox").doesNotContainKeys(AlertAttributes.BREACHES,
                        AlertAttributes.ESCALATIONS);
    }

    @Test
    void anOperationsAlertNamesNoTenant() {
        publisher().publish(new Alert("operations/token", Alert.Kind.OPERATIONS, "[Aduan] Token", "token kedaluwarsa",
                Map.of(AlertAttributes.AUDIENCE, "OPERATIONS")));

        assertThat(published.getFirst().message()).isEqualTo("token kedaluwarsa");
        assertThat(published.getFirst().messageAttributes()).doesNotContainKey(AlertAttributes.TENANT);
    }

    private SnsAlertPublisher publisher() {
        SnsClient recording = new SnsClient() {
            @Override
            public PublishResponse publish(Consumer<PublishRequest.Builder> request) {
                var builder = PublishRequest.builder();
                request.accept(builder);
                published.add(builder.build());
                return PublishResponse.builder().messageId("m-1").build();
            }

            @Override
            public String serviceName() {
                return "sns";
            }

            @Override
            public void close() {
            }
        };
        return new SnsAlertPublisher(() -> recording, "arn:aws:sns:ap-southeast-3:123456789012:alerts");
    }

    private static MessageAttributeValue text(String value) {
        return MessageAttributeValue.builder().dataType("String").stringValue(value).build();
    }
}

package id.aduan.adapters.sns;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.adapters.json.JsonWriter;
import id.aduan.core.alert.Alert;
import id.aduan.core.kernel.Tenant;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SnsAlertEventsTest {

    @Test
    void readsAnAlertWithItsAttributesBack() throws IOException {
        var alerts = read("""
                {"Records":[{"Sns":{"MessageId":"sns-1","Subject":"[Aduan] Pelanggaran SLA ADU-7K3Q9",
                  "Message":"batas respons pertama terlewati",
                  "MessageAttributes":{"kind":{"Type":"String","Value":"SLA_BREACH"},
                    "unit":{"Type":"String","Value":"PERHUBUNGAN"},"alertId":{"Type":"String","Value":"a-1"}}}}]}""");

        assertThat(alerts).singleElement().satisfies(alert -> {
            assertThat(alert.id()).isEqualTo("a-1");
            assertThat(alert.kind()).isEqualTo(Alert.Kind.SLA_BREACH);
            assertThat(alert.subject()).isEqualTo("[Aduan] Pelanggaran SLA ADU-7K3Q9");
            assertThat(alert.attributes()).containsEntry("unit", "PERHUBUNGAN");
        });
    }

    @Test
    void anAlertNamingItsTenantComesBackWithItsTenantAndText() throws IOException {
        var published = new Alert("a-2", Alert.Kind.SLA_WARNING, "[Aduan] Peringatan SLA", "sisa 2 jam\n\"kerja\"",
                Map.of("unit", "PERHUBUNGAN")).about(new Tenant("32.05"));
        var alerts = read("{\"Records\":[{\"Sns\":{\"MessageId\":\"sns-4\",\"Subject\":\"[Aduan] Peringatan SLA\","
                + "\"Message\":" + JsonWriter.write(published.text()) + ",\"MessageAttributes\":{"
                + "\"kind\":{\"Type\":\"String\",\"Value\":\"SLA_WARNING\"},"
                + "\"alertId\":{\"Type\":\"String\",\"Value\":\"a-2\"},"
                + "\"tenant\":{\"Type\":\"String\",\"Value\":\"32.05\"},"
                + "\"unit\":{\"Type\":\"String\",\"Value\":\"PERHUBUNGAN\"}}}}]}");

        assertThat(alerts).containsExactly(published);
    }

    @Test
    void anAlertPublishedWithItsTenantInTheBodyStillComesBackWithItsTenantAndText() throws IOException {
        var earlierBody = JsonWriter.write(Map.of("tenant", "32.05", "kind", "SLA_WARNING", "unit", "PERHUBUNGAN",
                "text", "sisa 2 jam"));
        var alerts = read("{\"Records\":[{\"Sns\":{\"MessageId\":\"sns-5\",\"Subject\":\"[Aduan] Peringatan SLA\","
                + "\"Message\":" + JsonWriter.write(earlierBody) + ",\"MessageAttributes\":{"
                + "\"kind\":{\"Type\":\"String\",\"Value\":\"SLA_WARNING\"},"
                + "\"alertId\":{\"Type\":\"String\",\"Value\":\"a-3\"},"
                + "\"unit\":{\"Type\":\"String\",\"Value\":\"PERHUBUNGAN\"}}}}]}");

        assertThat(alerts).containsExactly(new Alert("a-3", Alert.Kind.SLA_WARNING, "[Aduan] Peringatan SLA",
                "sisa 2 jam", Map.of("unit", "PERHUBUNGAN")).about(new Tenant("32.05")));
    }

    @Test
    void aCloudWatchAlarmBecomesAnOperationsAlert() throws IOException {
        var alerts = read("""
                {"Records":[{"Sns":{"MessageId":"sns-2","Subject":"ALARM",
                  "Message":"{\\"AlarmName\\":\\"aduan-errors\\",\\"NewStateValue\\":\\"ALARM\\",\\"AlarmDescription\\":\\"Errors\\",\\"NewStateReason\\":\\"1 error\\"}"}}]}""");

        assertThat(alerts).singleElement().satisfies(alert -> {
            assertThat(alert.id()).isEqualTo("sns-2");
            assertThat(alert.kind()).isEqualTo(Alert.Kind.OPERATIONS);
            assertThat(alert.subject()).isEqualTo("[Aduan] Alarm aduan-errors: ALARM");
            assertThat(alert.text()).isEqualTo("Errors\n1 error");
        });
    }

    @Test
    void aMessageThatIsNotJsonStaysAsItIs() throws IOException {
        var alerts = read("""
                {"Records":[{"Sns":{"MessageId":"sns-3","Subject":"hello","Message":"plain {text"}}]}""");

        assertThat(alerts).singleElement().satisfies(alert -> {
            assertThat(alert.kind()).isEqualTo(Alert.Kind.OPERATIONS);
            assertThat(alert.text()).isEqualTo("plain {text");
        });
    }

    private static java.util.List<Alert> read(String event) throws IOException {
        return SnsAlertEvents.read(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)));
    }
}

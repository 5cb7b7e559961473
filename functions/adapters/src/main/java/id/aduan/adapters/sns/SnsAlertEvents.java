package id.aduan.adapters.sns;

import id.aduan.adapters.json.JsonReader;
import id.aduan.adapters.json.JsonValue;
import id.aduan.core.alert.Alert;
import id.aduan.core.alert.AlertAttributes;
import id.aduan.core.kernel.Tenant;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/**
 * Reads the alerts out of Lambda's SNS event: what {@link SnsAlertPublisher} sent, with its attributes
 * and tenant back, or a CloudWatch alarm, which arrives with no attributes and becomes an operations alert.
 */
public final class SnsAlertEvents {

    private SnsAlertEvents() {
    }

    public static List<Alert> read(InputStream event) throws IOException {
        var alerts = new ArrayList<Alert>();
        for (JsonValue record : JsonReader.read(event).path("Records")) {
            alerts.add(alert(record.path("Sns")));
        }
        return alerts;
    }

    private static Alert alert(JsonValue sns) {
        var attributes = new LinkedHashMap<String, String>();
        sns.path("MessageAttributes").properties()
                .forEach(entry -> attributes.put(entry.getKey(), entry.getValue().path("Value").asText()));
        var subject = sns.path("Subject").asText("");
        var message = sns.path("Message").asText("");
        var id = Optional.ofNullable(attributes.remove(AlertAttributes.ALERT_ID))
                .orElse(sns.path("MessageId").asText());
        var kind = attributes.remove(AlertAttributes.KIND);
        var tenant = attributes.remove(AlertAttributes.TENANT);
        if (kind != null) {
            var earlier = tenant == null ? EarlierTenantBody.of(message) : Optional.<EarlierTenantBody>empty();
            var government = Optional.ofNullable(tenant).or(() -> earlier.map(EarlierTenantBody::tenant))
                    .map(Tenant::new);
            var text = earlier.map(EarlierTenantBody::text).orElse(message);
            return new Alert(id, Alert.Kind.valueOf(kind), subject, text, attributes, government);
        }
        attributes.put(AlertAttributes.AUDIENCE, AlertAttributes.Audience.OPERATIONS.name());
        return alarm(message).map(alarm -> new Alert(id, Alert.Kind.OPERATIONS,
                        "[Aduan] Alarm " + alarm.path("AlarmName").asText() + ": " + alarm.path("NewStateValue").asText(),
                        alarm.path("AlarmDescription").asText("") + "\n" + alarm.path("NewStateReason").asText(""),
                        attributes))
                .orElseGet(() -> new Alert(id, Alert.Kind.OPERATIONS, subject, message, attributes));
    }

    private static Optional<JsonValue> alarm(String message) {
        try {
            return Optional.of(JsonReader.read(message)).filter(node -> node.has("AlarmName"));
        } catch (IOException notJson) {
            return Optional.empty();
        }
    }
}

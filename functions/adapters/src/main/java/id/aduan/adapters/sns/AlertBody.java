package id.aduan.adapters.sns;

import id.aduan.adapters.json.JsonReader;
import id.aduan.adapters.json.JsonValue;
import id.aduan.adapters.json.JsonWriter;
import id.aduan.adapters.json.MalformedJsonException;
import id.aduan.core.alert.Alert;
import id.aduan.core.alert.AlertAttributes;
import id.aduan.core.kernel.Tenant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The SNS message body of an alert. One that names its government is a JSON object,
 * {@code {"tenant": "32.73", "kind": "SLA_BREACH", "unit": "PERHUBUNGAN", "audience": "UNIT", …, "text": "…"}}:
 * the ten message attributes SNS allows are all taken, so the tenant travels in the body, where an
 * e-mail subscription's filter policy matches it ({@code FilterPolicyScope: MessageBody}, which needs a
 * JSON object); the routing facts come along, since a policy matches either the body or the attributes,
 * so that one government's communications office can take its level-3 alerts only. An operations alert,
 * which names no tenant, keeps its text as the body.
 */
final class AlertBody {

    static final String TENANT = "tenant";
    static final String TEXT = "text";

    private AlertBody() {
    }

    static String write(Alert alert) {
        return alert.tenant().map(tenant -> {
            var body = new LinkedHashMap<String, String>();
            body.put(TENANT, tenant.id());
            body.put(AlertAttributes.KIND, alert.kind().name());
            alert.attributes().forEach(body::putIfAbsent);
            body.put(TEXT, alert.text());
            return JsonWriter.write(body);
        }).orElse(alert.text());
    }

    /** The alert {@link #write} wrote: with its tenant when the body names one, else with the body as its text. */
    static Alert read(String id, Alert.Kind kind, String subject, String body, Map<String, String> attributes) {
        return tenantBody(body)
                .map(json -> new Alert(id, kind, subject, json.path(TEXT).asText(), attributes,
                        Optional.of(new Tenant(json.path(TENANT).asText()))))
                .orElseGet(() -> new Alert(id, kind, subject, body, attributes));
    }

    private static Optional<JsonValue> tenantBody(String body) {
        if (!body.startsWith("{")) {
            return Optional.empty();
        }
        try {
            return Optional.of(JsonReader.read(body)).filter(json -> json.has(TENANT) && json.has(TEXT));
        } catch (MalformedJsonException notJson) {
            return Optional.empty();
        }
    }
}

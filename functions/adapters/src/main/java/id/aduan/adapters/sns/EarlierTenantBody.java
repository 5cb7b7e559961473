package id.aduan.adapters.sns;

import id.aduan.adapters.json.JsonReader;
import id.aduan.adapters.json.JsonValue;
import id.aduan.adapters.json.MalformedJsonException;
import java.util.Optional;

/**
 * The body an alert naming its government had before the government became a message attribute:
 * {@code {"tenant": "32.73", "kind": …, "text": "…"}}. Such a message can still wait in the notifier's
 * dead-letter queue; read so, a redriven one still reaches its own government's chats, with its text.
 */
record EarlierTenantBody(String tenant, String text) {

    static Optional<EarlierTenantBody> of(String body) {
        if (!body.startsWith("{")) {
            return Optional.empty();
        }
        try {
            JsonValue json = JsonReader.read(body);
            return json.has("tenant") && json.has("text")
                    ? Optional.of(new EarlierTenantBody(json.path("tenant").asText(), json.path("text").asText()))
                    : Optional.empty();
        } catch (MalformedJsonException notJson) {
            return Optional.empty();
        }
    }
}

package id.aduan.adapters.instagram;

import id.aduan.adapters.json.JsonReader;
import id.aduan.adapters.json.JsonValue;
import id.aduan.adapters.json.MalformedJsonException;
import java.util.Optional;

/** Reads what Meta sends as JSON; anything that is not a JSON object is treated as unreadable. */
final class GraphJson {

    private GraphJson() {
    }

    static Optional<JsonValue> readObject(String text) {
        try {
            return Optional.of(JsonReader.read(text)).filter(JsonValue::isObject);
        } catch (MalformedJsonException e) {
            return Optional.empty();
        }
    }
}

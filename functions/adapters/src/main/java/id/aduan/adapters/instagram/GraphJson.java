package id.aduan.adapters.instagram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import id.aduan.adapters.json.Json;
import java.util.Optional;

/** Reads what Meta sends as JSON; anything that is not a JSON object is treated as unreadable. */
final class GraphJson {

    private GraphJson() {
    }

    static Optional<JsonNode> readObject(String text) {
        try {
            return Optional.ofNullable(Json.mapper().readTree(text)).filter(JsonNode::isObject);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}

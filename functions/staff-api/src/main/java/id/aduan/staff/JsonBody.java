package id.aduan.staff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import id.aduan.adapters.json.Json;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A request's JSON body, read strictly: a field the route does not know is refused rather than
 * dropped, so that a mistyped name ("priorty") never passes in silence as "not given".
 */
final class JsonBody {

    private final JsonNode root;

    private JsonBody(JsonNode root) {
        this.root = root;
    }

    static JsonBody parse(byte[] body) {
        if (body.length == 0) {
            throw new BadRequest("MALFORMED_JSON", "body", "the request needs a JSON object body");
        }
        JsonNode root;
        try {
            root = Json.mapper().readTree(body);
        } catch (JsonProcessingException e) {
            throw new BadRequest("MALFORMED_JSON", "body", "the body is not valid JSON");
        } catch (IOException e) {
            throw new BadRequest("MALFORMED_JSON", "body", "the body cannot be read");
        }
        if (root == null || !root.isObject()) {
            throw new BadRequest("MALFORMED_JSON", "body", "the body is a JSON object");
        }
        return new JsonBody(root);
    }

    /** A body that may be left out (its fields all optional or given in headers). */
    static JsonBody parseOrEmpty(byte[] body) {
        return body.length == 0 ? new JsonBody(Json.mapper().createObjectNode()) : parse(body);
    }

    /** Refuses any field not listed. */
    JsonBody allowing(String... fields) {
        var allowed = List.of(fields);
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            var name = names.next();
            if (!allowed.contains(name)) {
                throw new BadRequest("UNKNOWN_FIELD", name, "unknown field " + name + "; this request takes "
                        + String.join(", ", allowed));
            }
        }
        return this;
    }

    Optional<String> text(String field) {
        var node = root.path(field);
        if (node.isMissingNode() || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            throw BadRequest.invalid(field, field + " is text");
        }
        return Optional.of(node.asText()).filter(text -> !text.isBlank());
    }

    String requiredText(String field) {
        return text(field).orElseThrow(() -> BadRequest.invalid(field, field + " is required"));
    }

    <E extends Enum<E>> Optional<E> constant(Class<E> type, String field) {
        return text(field).map(name -> constant(type, name, field));
    }

    boolean has(String field) {
        return root.has(field);
    }

    JsonNode node(String field) {
        return root.path(field);
    }

    /** The {@code version} field, if given. */
    OptionalLong version() {
        var node = root.path("version");
        if (node.isMissingNode() || node.isNull()) {
            return OptionalLong.empty();
        }
        if (!node.canConvertToLong() || !node.isIntegralNumber() || node.asLong() < 0) {
            throw BadRequest.invalid("version", "version is the whole number the complaint had when you read it");
        }
        return OptionalLong.of(node.asLong());
    }

    static <E extends Enum<E>> E constant(Class<E> type, String name, String field) {
        try {
            return Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw BadRequest.invalid(field, "unknown " + field + " " + name + "; one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }
}

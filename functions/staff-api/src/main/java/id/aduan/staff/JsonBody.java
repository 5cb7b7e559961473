package id.aduan.staff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import id.aduan.adapters.json.Json;
import id.aduan.core.language.Phrase;
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
            throw new BadRequest("MALFORMED_JSON", "body", Phrase.of("error.body.missing"));
        }
        JsonNode root;
        try {
            root = Json.mapper().readTree(body);
        } catch (JsonProcessingException e) {
            throw new BadRequest("MALFORMED_JSON", "body", Phrase.of("error.body.invalidJson"));
        } catch (IOException e) {
            throw new BadRequest("MALFORMED_JSON", "body", Phrase.of("error.body.unreadable"));
        }
        if (root == null || !root.isObject()) {
            throw new BadRequest("MALFORMED_JSON", "body", Phrase.of("error.body.notObject"));
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
                throw new BadRequest("UNKNOWN_FIELD", name, Phrase.of("error.field.unknown", name,
                        String.join(", ", allowed)));
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
            throw BadRequest.invalid(field, "error.field.notText", field);
        }
        return Optional.of(node.asText()).filter(text -> !text.isBlank());
    }

    String requiredText(String field) {
        return text(field).orElseThrow(() -> BadRequest.invalid(field, "error.field.required", field));
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

    /** The whole object, for a document read field by field elsewhere (fields already checked with {@link #allowing}). */
    JsonNode root() {
        return root;
    }

    /** The {@code version} field, if given. */
    OptionalLong version() {
        var node = root.path("version");
        if (node.isMissingNode() || node.isNull()) {
            return OptionalLong.empty();
        }
        if (!node.canConvertToLong() || !node.isIntegralNumber() || node.asLong() < 0) {
            throw BadRequest.invalid("version", "error.version.invalid");
        }
        return OptionalLong.of(node.asLong());
    }

    static <E extends Enum<E>> E constant(Class<E> type, String name, String field) {
        try {
            return Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw BadRequest.invalid(field, "error.field.unknownValue", field, name,
                    Arrays.toString(type.getEnumConstants()));
        }
    }
}

package id.aduan.adapters.json;

import id.aduan.core.kernel.JsonText;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Writes log lines, metrics and answers as JSON without jackson-databind, byte for byte as {@link Json}'s
 * mapper writes them: maps leave out null values, an empty {@link Optional} is null, instants and dates
 * are ISO text, enums their names. A value of any other type (a record answer of a rarely used route) is
 * written by the mapper, which is then loaded for it alone.
 */
public final class JsonWriter {


    private final StringBuilder out = new StringBuilder(256);

    private JsonWriter() {
    }

    public static String write(Object value) {
        var writer = new JsonWriter();
        writer.value(value);
        return writer.out.toString();
    }

    /** Writes {@code value} as UTF-8 to {@code out}, leaving it open. */
    public static void write(Object value, OutputStream out) throws IOException {
        out.write(write(value).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Tests types one by one rather than with a pattern switch, whose bootstrap costs a cold start more. */
    private void value(Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof JsonValue json) {
            json(json);
        } else if (value instanceof CharSequence text) {
            JsonText.quote(out, text);
        } else if (value instanceof Character character) {
            JsonText.quote(out, String.valueOf(character));
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long
                || value instanceof Short || value instanceof Byte || value instanceof BigInteger
                || value instanceof BigDecimal) {
            out.append(value);
        } else if (value instanceof Double number) {
            floating(number, number.isNaN() || number.isInfinite());
        } else if (value instanceof Float number) {
            floating(number, number.isNaN() || number.isInfinite());
        } else if (value instanceof Enum<?> constant) {
            JsonText.quote(out, constant.name());
        } else if (value instanceof Instant || value instanceof LocalDate) {
            JsonText.quote(out, value.toString());
        } else if (value instanceof Optional<?> optional) {
            value(optional.orElse(null));
        } else if (value instanceof Map<?, ?> map) {
            object(map);
        } else if (value instanceof Collection<?> collection) {
            array(collection);
        } else {
            out.append(Json.write(value));
        }
    }

    private void floating(Number number, boolean notFinite) {
        if (notFinite) {
            JsonText.quote(out, number.toString());
        } else {
            out.append(number);
        }
    }

    private void object(Map<?, ?> map) {
        out.append('{');
        boolean first = true;
        for (var entry : map.entrySet()) {
            if (entry.getValue() == null) {
                continue;
            }
            if (!first) {
                out.append(',');
            }
            first = false;
            JsonText.quote(out, entry.getKey() instanceof Enum<?> constant ? constant.name() : String.valueOf(entry.getKey()));
            out.append(':');
            value(entry.getValue());
        }
        out.append('}');
    }

    private void array(Iterable<?> elements) {
        out.append('[');
        boolean first = true;
        for (var element : elements) {
            if (!first) {
                out.append(',');
            }
            first = false;
            value(element);
        }
        out.append(']');
    }

    /**
     * A document read by {@link JsonReader}, written back as Jackson writes a tree: null fields included,
     * and a path to nothing as null.
     */
    private void json(JsonValue json) {
        if (json instanceof JsonValue.ObjectValue object) {
            out.append('{');
            boolean first = true;
            for (var field : object.fields().entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                JsonText.quote(out, field.getKey());
                out.append(':');
                json(field.getValue());
            }
            out.append('}');
        } else if (json instanceof JsonValue.ArrayValue array) {
            array(array.elements());
        } else if (json instanceof JsonValue.TextValue text) {
            JsonText.quote(out, text.text());
        } else if (json.isMissingNode()) {
            out.append("null");
        } else {
            out.append(json.asText());
        }
    }

}

package id.aduan.adapters.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A JSON document read by {@link JsonReader}: the few shapes a function's first request reads (API
 * Gateway, SQS, SNS and scheduled events, webhook deliveries, secrets, Graph API answers) without
 * jackson-databind, whose classes would otherwise be most of a cold start's class loading. Navigation
 * answers as Jackson's tree does ({@code path} of an absent field is {@link Missing}, {@code asText} of
 * a number is its text, {@code asInt} of a text parses it), so readers moved here read as before.
 */
public sealed interface JsonValue extends Iterable<JsonValue> {

    /** The value of {@code field}; {@link Missing} when this is no object or has no such field. */
    default JsonValue path(String field) {
        return Missing.VALUE;
    }

    /** The element at {@code index}; {@link Missing} when this is no array or has no such element. */
    default JsonValue path(int index) {
        return Missing.VALUE;
    }

    /** The value of {@code field}, or null when this is no object or has no such field. */
    default JsonValue get(String field) {
        return null;
    }

    /** The element at {@code index}, or null when this is no array or has no such element. */
    default JsonValue get(int index) {
        return null;
    }

    default boolean has(String field) {
        return false;
    }

    /** Whether this is an object with {@code field} set to something other than null. */
    default boolean hasNonNull(String field) {
        var value = get(field);
        return value != null && !value.isNull();
    }

    /** Fields of an object, elements of an array; zero otherwise. */
    default int size() {
        return 0;
    }

    default boolean isEmpty() {
        return size() == 0;
    }

    /** An object's fields in document order; none otherwise. */
    default Set<Map.Entry<String, JsonValue>> properties() {
        return Set.of();
    }

    /** An object's field names in document order; none otherwise. */
    default Iterator<String> fieldNames() {
        return properties().stream().map(Map.Entry::getKey).iterator();
    }

    /** An array's elements or an object's values. */
    @Override
    default Iterator<JsonValue> iterator() {
        return Collections.emptyIterator();
    }

    /** The value as text: a text as it is, a number or a boolean as written, "null"; empty otherwise. */
    default String asText() {
        return "";
    }

    /** As {@link #asText()}, but {@code fallback} for a null or absent value. */
    default String asText(String fallback) {
        return asText();
    }

    /** The text of a text value; null for any other value. */
    default String textValue() {
        return null;
    }

    default int asInt() {
        return asInt(0);
    }

    /** A number truncated to an int, a text parsed as one, a boolean as 1 or 0; {@code fallback} otherwise. */
    default int asInt(int fallback) {
        return fallback;
    }

    default long asLong() {
        return asLong(0);
    }

    default long asLong(long fallback) {
        return fallback;
    }

    default double asDouble() {
        return asDouble(0);
    }

    default double asDouble(double fallback) {
        return fallback;
    }

    default boolean asBoolean() {
        return asBoolean(false);
    }

    /** A boolean, a number other than zero, the text "true" or "false"; {@code fallback} otherwise. */
    default boolean asBoolean(boolean fallback) {
        return fallback;
    }

    default boolean canConvertToInt() {
        return false;
    }

    default boolean canConvertToLong() {
        return false;
    }

    default boolean isObject() {
        return this instanceof ObjectValue;
    }

    default boolean isArray() {
        return this instanceof ArrayValue;
    }

    default boolean isTextual() {
        return this instanceof TextValue;
    }

    default boolean isNumber() {
        return this instanceof NumberValue;
    }

    default boolean isBoolean() {
        return this instanceof BooleanValue;
    }

    default boolean isNull() {
        return this instanceof NullValue;
    }

    default boolean isMissingNode() {
        return this instanceof Missing;
    }

    /** An object, its fields in document order (a repeated field keeps its last value). */
    record ObjectValue(Map<String, JsonValue> fields) implements JsonValue {

        public ObjectValue {
            fields = Collections.unmodifiableMap(fields);
        }

        @Override
        public JsonValue path(String field) {
            var value = fields.get(field);
            return value == null ? Missing.VALUE : value;
        }

        @Override
        public JsonValue get(String field) {
            return fields.get(field);
        }

        @Override
        public boolean has(String field) {
            return fields.containsKey(field);
        }

        @Override
        public int size() {
            return fields.size();
        }

        @Override
        public Set<Map.Entry<String, JsonValue>> properties() {
            return fields.entrySet();
        }

        @Override
        public Iterator<JsonValue> iterator() {
            return fields.values().iterator();
        }

        @Override
        public String toString() {
            return JsonWriter.write(this);
        }
    }

    record ArrayValue(List<JsonValue> elements) implements JsonValue {

        public ArrayValue {
            elements = Collections.unmodifiableList(elements);
        }

        @Override
        public JsonValue path(int index) {
            var element = get(index);
            return element == null ? Missing.VALUE : element;
        }

        @Override
        public JsonValue get(int index) {
            return index >= 0 && index < elements.size() ? elements.get(index) : null;
        }

        @Override
        public int size() {
            return elements.size();
        }

        @Override
        public Iterator<JsonValue> iterator() {
            return elements.iterator();
        }

        @Override
        public String toString() {
            return JsonWriter.write(this);
        }
    }

    record TextValue(String text) implements JsonValue {

        @Override
        public String asText() {
            return text;
        }

        @Override
        public String textValue() {
            return text;
        }

        @Override
        public int asInt(int fallback) {
            var number = parsed();
            return number == null || number.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) < 0
                    || number.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0 ? fallback : number.intValue();
        }

        @Override
        public long asLong(long fallback) {
            var number = parsed();
            return number == null || number.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) < 0
                    || number.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0 ? fallback : number.longValue();
        }

        @Override
        public double asDouble(double fallback) {
            var number = parsed();
            return number == null ? fallback : number.doubleValue();
        }

        @Override
        public boolean asBoolean(boolean fallback) {
            return switch (text.trim()) {
                case "true" -> true;
                case "false" -> false;
                default -> fallback;
            };
        }

        private BigDecimal parsed() {
            try {
                return new BigDecimal(text.trim());
            } catch (NumberFormatException notANumber) {
                return null;
            }
        }

        @Override
        public String toString() {
            return JsonWriter.write(this);
        }
    }

    /** A number as written; integral when it has neither fraction nor exponent. */
    record NumberValue(String literal, boolean integral) implements JsonValue {

        @Override
        public String asText() {
            return integral ? new BigInteger(literal).toString() : Double.toString(Double.parseDouble(literal));
        }

        @Override
        public int asInt(int fallback) {
            return integral ? new BigInteger(literal).intValue() : (int) Double.parseDouble(literal);
        }

        @Override
        public long asLong(long fallback) {
            return integral ? new BigInteger(literal).longValue() : (long) Double.parseDouble(literal);
        }

        @Override
        public double asDouble(double fallback) {
            return integral ? new BigInteger(literal).doubleValue() : Double.parseDouble(literal);
        }

        /** An integral number other than zero is true; a fraction is no boolean at all. */
        @Override
        public boolean asBoolean(boolean fallback) {
            return integral ? new BigInteger(literal).signum() != 0 : fallback;
        }

        @Override
        public boolean canConvertToInt() {
            return fitsBetween(Integer.MIN_VALUE, Integer.MAX_VALUE);
        }

        @Override
        public boolean canConvertToLong() {
            return fitsBetween(Long.MIN_VALUE, Long.MAX_VALUE);
        }

        private boolean fitsBetween(long min, long max) {
            var value = new BigDecimal(literal);
            return value.compareTo(BigDecimal.valueOf(min)) >= 0 && value.compareTo(BigDecimal.valueOf(max)) <= 0;
        }

        @Override
        public String toString() {
            return asText();
        }
    }

    record BooleanValue(boolean value) implements JsonValue {

        @Override
        public String asText() {
            return Boolean.toString(value);
        }

        @Override
        public int asInt(int fallback) {
            return value ? 1 : 0;
        }

        @Override
        public long asLong(long fallback) {
            return value ? 1 : 0;
        }

        @Override
        public double asDouble(double fallback) {
            return value ? 1 : 0;
        }

        @Override
        public boolean asBoolean(boolean fallback) {
            return value;
        }

        @Override
        public String toString() {
            return asText();
        }
    }

    enum NullValue implements JsonValue {
        VALUE;

        @Override
        public String asText() {
            return "null";
        }

        @Override
        public String asText(String fallback) {
            return fallback;
        }

        @Override
        public String toString() {
            return "null";
        }
    }

    /** What a path to nothing leads to, and what an empty document reads as. */
    enum Missing implements JsonValue {
        VALUE;

        @Override
        public String asText(String fallback) {
            return fallback;
        }

        @Override
        public String toString() {
            return "";
        }
    }
}

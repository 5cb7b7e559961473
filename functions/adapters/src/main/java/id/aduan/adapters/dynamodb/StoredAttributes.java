package id.aduan.adapters.dynamodb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An item's attributes, written and read by hand as the Enhanced Client's default converters store each
 * kind: text as {@code S}, numbers as {@code N}, flags as {@code BOOL}, bytes as {@code B}, lists as
 * {@code L} and maps as {@code M}. An attribute that is null is not written; a null inside a list or map
 * is written as {@code NUL}. An attribute that is absent or stored as {@code NUL} reads as null, and so
 * does a {@code NUL} inside a list or map. Plain loops, no lambdas: every item type's mapping runs on some
 * function's first request, where each lambda would be a class spun at run time.
 */
final class StoredAttributes {

    private static final AttributeValue NULL = AttributeValue.fromNul(true);

    private final Map<String, AttributeValue> attributes;

    private StoredAttributes(Map<String, AttributeValue> attributes) {
        this.attributes = attributes;
    }

    /** A new item's attributes, to be written. */
    static StoredAttributes writing(int expected) {
        return new StoredAttributes(new HashMap<>(expected * 2));
    }

    /** An item's stored attributes, to be read. */
    static StoredAttributes reading(Map<String, AttributeValue> stored) {
        return new StoredAttributes(stored);
    }

    Map<String, AttributeValue> attributes() {
        return attributes;
    }

    StoredAttributes put(String name, String value) {
        return value == null ? this : with(name, AttributeValue.fromS(value));
    }

    StoredAttributes put(String name, Integer value) {
        return value == null ? this : with(name, AttributeValue.fromN(value.toString()));
    }

    StoredAttributes put(String name, Long value) {
        return value == null ? this : with(name, AttributeValue.fromN(value.toString()));
    }

    StoredAttributes put(String name, Boolean value) {
        return value == null ? this : with(name, AttributeValue.fromBool(value));
    }

    StoredAttributes put(String name, SdkBytes value) {
        return value == null ? this : with(name, AttributeValue.fromB(value));
    }

    StoredAttributes putStrings(String name, List<String> values) {
        if (values == null) {
            return this;
        }
        var stored = new ArrayList<AttributeValue>(values.size());
        for (var value : values) {
            stored.add(value == null ? NULL : AttributeValue.fromS(value));
        }
        return with(name, AttributeValue.fromL(stored));
    }

    StoredAttributes putStringMap(String name, Map<String, String> values) {
        return values == null ? this : with(name, stringMap(values));
    }

    StoredAttributes putStringMaps(String name, List<Map<String, String>> values) {
        if (values == null) {
            return this;
        }
        var stored = new ArrayList<AttributeValue>(values.size());
        for (var value : values) {
            stored.add(value == null ? NULL : stringMap(value));
        }
        return with(name, AttributeValue.fromL(stored));
    }

    StoredAttributes putCounts(String name, Map<String, Integer> values) {
        if (values == null) {
            return this;
        }
        var stored = new LinkedHashMap<String, AttributeValue>();
        for (var entry : values.entrySet()) {
            var value = entry.getValue();
            stored.put(entry.getKey(), value == null ? NULL : AttributeValue.fromN(value.toString()));
        }
        return with(name, AttributeValue.fromM(stored));
    }

    StoredAttributes putNestedMaps(String name, Map<String, Map<String, String>> values) {
        if (values == null) {
            return this;
        }
        var stored = new LinkedHashMap<String, AttributeValue>();
        for (var entry : values.entrySet()) {
            stored.put(entry.getKey(), entry.getValue() == null ? NULL : stringMap(entry.getValue()));
        }
        return with(name, AttributeValue.fromM(stored));
    }

    String string(String name) {
        var stored = present(name);
        return stored == null ? null : text(name, stored);
    }

    Integer integer(String name) {
        var stored = present(name);
        return stored == null ? null : Integer.valueOf(number(name, stored));
    }

    Long longNumber(String name) {
        var stored = present(name);
        return stored == null ? null : Long.valueOf(number(name, stored));
    }

    Boolean flag(String name) {
        var stored = present(name);
        if (stored == null) {
            return null;
        }
        if (stored.bool() == null) {
            throw unreadable(name, "a flag", stored);
        }
        return stored.bool();
    }

    SdkBytes bytes(String name) {
        var stored = present(name);
        if (stored == null) {
            return null;
        }
        if (stored.b() == null) {
            throw unreadable(name, "bytes", stored);
        }
        return stored.b();
    }

    List<String> strings(String name) {
        var stored = present(name);
        if (stored == null) {
            return null;
        }
        var values = new ArrayList<String>();
        for (var value : list(name, stored)) {
            values.add(isNull(value) ? null : text(name, value));
        }
        return values;
    }

    Map<String, String> stringMap(String name) {
        var stored = present(name);
        return stored == null ? null : readStringMap(name, stored);
    }

    List<Map<String, String>> stringMaps(String name) {
        var stored = present(name);
        if (stored == null) {
            return null;
        }
        var values = new ArrayList<Map<String, String>>();
        for (var value : list(name, stored)) {
            values.add(isNull(value) ? null : readStringMap(name, value));
        }
        return values;
    }

    Map<String, Integer> counts(String name) {
        var stored = present(name);
        if (stored == null) {
            return null;
        }
        var values = new LinkedHashMap<String, Integer>();
        for (var entry : map(name, stored).entrySet()) {
            var value = entry.getValue();
            values.put(entry.getKey(), isNull(value) ? null : Integer.valueOf(number(name, value)));
        }
        return values;
    }

    Map<String, Map<String, String>> nestedMaps(String name) {
        var stored = present(name);
        if (stored == null) {
            return null;
        }
        var values = new LinkedHashMap<String, Map<String, String>>();
        for (var entry : map(name, stored).entrySet()) {
            values.put(entry.getKey(), isNull(entry.getValue()) ? null : readStringMap(name, entry.getValue()));
        }
        return values;
    }

    private StoredAttributes with(String name, AttributeValue value) {
        attributes.put(name, value);
        return this;
    }

    private AttributeValue present(String name) {
        var stored = attributes.get(name);
        return stored == null || isNull(stored) ? null : stored;
    }

    private static boolean isNull(AttributeValue stored) {
        return Boolean.TRUE.equals(stored.nul());
    }

    private static AttributeValue stringMap(Map<String, String> values) {
        var stored = new LinkedHashMap<String, AttributeValue>();
        for (var entry : values.entrySet()) {
            stored.put(entry.getKey(), entry.getValue() == null ? NULL : AttributeValue.fromS(entry.getValue()));
        }
        return AttributeValue.fromM(stored);
    }

    private static Map<String, String> readStringMap(String name, AttributeValue stored) {
        var values = new LinkedHashMap<String, String>();
        for (var entry : map(name, stored).entrySet()) {
            values.put(entry.getKey(), isNull(entry.getValue()) ? null : text(name, entry.getValue()));
        }
        return values;
    }

    private static String text(String name, AttributeValue stored) {
        if (stored.s() == null) {
            throw unreadable(name, "text", stored);
        }
        return stored.s();
    }

    private static String number(String name, AttributeValue stored) {
        if (stored.n() == null) {
            throw unreadable(name, "a number", stored);
        }
        return stored.n();
    }

    private static List<AttributeValue> list(String name, AttributeValue stored) {
        if (!stored.hasL()) {
            throw unreadable(name, "a list", stored);
        }
        return stored.l();
    }

    private static Map<String, AttributeValue> map(String name, AttributeValue stored) {
        if (!stored.hasM()) {
            throw unreadable(name, "a map", stored);
        }
        return stored.m();
    }

    private static IllegalStateException unreadable(String name, String expected, AttributeValue stored) {
        return new IllegalStateException("stored attribute " + name + " should hold " + expected + " but holds "
                + stored.type());
    }
}

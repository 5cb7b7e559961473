package id.aduan.adapters.dynamodb;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;

/** Items whose declared attributes hold values of their kind, to compare mappings with. */
final class SampleItems {

    private SampleItems() {
    }

    /** An item with every attribute set, to a value different for each attribute and seed. */
    static <T> T filled(DeclaredItem<T> declared, int seed) {
        var item = declared.newItem.get();
        int n = seed * 100;
        for (var attribute : declared.attributes) {
            set(attribute, item, sample(attribute.kind(), n++));
        }
        return item;
    }

    /** An item whose list and map attributes are empty and text attributes are empty strings. */
    static <T> T empty(DeclaredItem<T> declared) {
        var item = declared.newItem.get();
        for (var attribute : declared.attributes) {
            var empty = switch (attribute.kind()) {
                case STRING -> "";
                case STRINGS, STRING_MAPS -> new ArrayList<>();
                case STRING_MAP, COUNTS, NESTED_MAPS -> new LinkedHashMap<>();
                default -> null;
            };
            set(attribute, item, empty);
        }
        return item;
    }

    /**
     * An item whose text lists hold a null element and whose maps of text a null value, wherever those
     * stand (the static schema stores them as {@code NUL}; a null number or map inside it cannot store).
     */
    static <T> T withNullsInside(DeclaredItem<T> declared) {
        var item = declared.newItem.get();
        for (var attribute : declared.attributes) {
            var nulls = switch (attribute.kind()) {
                case STRINGS -> listWithNull("a");
                case STRING_MAP -> mapWithNull("RUNNING");
                case STRING_MAPS -> List.of(mapWithNull("PHOTO"));
                case NESTED_MAPS -> Map.of("FIRST_RESPONSE", mapWithNull("RUNNING"));
                default -> null;
            };
            set(attribute, item, nulls);
        }
        return item;
    }

    private static <E> List<E> listWithNull(E element) {
        var list = new ArrayList<E>();
        list.add(element);
        list.add(null);
        return list;
    }

    private static <V> Map<String, V> mapWithNull(V value) {
        var map = new LinkedHashMap<String, V>();
        map.put("set", value);
        map.put("unset", null);
        return map;
    }

    @SuppressWarnings("unchecked")
    static <T, V> void set(DeclaredItem.Attribute<T, V> attribute, T item, Object value) {
        attribute.set().accept(item, (V) value);
    }

    private static Object sample(DeclaredItem.Kind kind, int n) {
        return switch (kind) {
            case STRING -> "text " + n + " — ünïcode";
            case INTEGER -> -n;
            case LONG -> 4_000_000_000L * n;
            case BOOLEAN -> n % 2 == 0;
            case BYTES -> SdkBytes.fromString("bytes " + n, StandardCharsets.UTF_8);
            case STRINGS -> new ArrayList<>(List.of("b" + n, "a" + n, "b" + n));
            case STRING_MAP -> stringMap(n);
            case STRING_MAPS -> new ArrayList<>(List.of(stringMap(n), stringMap(n + 1)));
            case COUNTS -> new LinkedHashMap<>(Map.of("OK", n, "FAILED", 0));
            case NESTED_MAPS -> new LinkedHashMap<>(Map.of("FIRST_RESPONSE", stringMap(n), "RESOLUTION", stringMap(n + 1)));
        };
    }

    private static Map<String, String> stringMap(int n) {
        return new LinkedHashMap<>(Map.of("state", "RUNNING" + n, "dueAt", "2026-12-0" + (n % 9 + 1) + "T03:00:00Z"));
    }
}

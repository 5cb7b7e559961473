package id.aduan.adapters.dynamodb;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/**
 * An item type's attributes declared one by one, as the Enhanced Client's static schemas declared them
 * when they stored Aduan's items: the reference each hand mapping ({@link ItemCodec}) is held equal to.
 */
final class DeclaredItem<T> {

    /** The kinds of attribute the items hold, each with the Enhanced Client's type for it. */
    enum Kind {
        STRING(EnhancedType.of(String.class)),
        INTEGER(EnhancedType.of(Integer.class)),
        LONG(EnhancedType.of(Long.class)),
        BOOLEAN(EnhancedType.of(Boolean.class)),
        BYTES(EnhancedType.of(SdkBytes.class)),
        STRINGS(EnhancedType.listOf(String.class)),
        STRING_MAP(EnhancedType.mapOf(String.class, String.class)),
        STRING_MAPS(EnhancedType.listOf(EnhancedType.mapOf(String.class, String.class))),
        COUNTS(EnhancedType.mapOf(String.class, Integer.class)),
        NESTED_MAPS(EnhancedType.mapOf(EnhancedType.of(String.class), EnhancedType.mapOf(String.class, String.class)));

        final EnhancedType<?> enhancedType;

        Kind(EnhancedType<?> enhancedType) {
            this.enhancedType = enhancedType;
        }
    }

    /** One declared attribute: its name, its kind, and the item's field it holds. */
    record Attribute<T, V>(String name, Kind kind, Function<T, V> get, BiConsumer<T, V> set) {
    }

    final Class<T> type;
    final Supplier<T> newItem;
    final List<Attribute<T, ?>> attributes = new ArrayList<>();

    private DeclaredItem(Class<T> type, Supplier<T> newItem) {
        this.type = type;
        this.newItem = newItem;
    }

    static <T> DeclaredItem<T> of(Class<T> type, Supplier<T> newItem,
                                  Function<T, String> pk, BiConsumer<T, String> setPk,
                                  Function<T, String> sk, BiConsumer<T, String> setSk) {
        return new DeclaredItem<>(type, newItem).string(Keys.PK, pk, setPk).string(Keys.SK, sk, setSk);
    }

    DeclaredItem<T> string(String name, Function<T, String> get, BiConsumer<T, String> set) {
        return add(name, Kind.STRING, get, set);
    }

    DeclaredItem<T> dueIndexKeys(Function<T, String> partition, BiConsumer<T, String> setPartition,
                                 Function<T, String> order, BiConsumer<T, String> setOrder) {
        return string(Keys.DUE_PK, partition, setPartition).string(Keys.DUE_SK, order, setOrder);
    }

    DeclaredItem<T> integer(String name, Function<T, Integer> get, BiConsumer<T, Integer> set) {
        return add(name, Kind.INTEGER, get, set);
    }

    DeclaredItem<T> longNumber(String name, Function<T, Long> get, BiConsumer<T, Long> set) {
        return add(name, Kind.LONG, get, set);
    }

    DeclaredItem<T> bool(String name, Function<T, Boolean> get, BiConsumer<T, Boolean> set) {
        return add(name, Kind.BOOLEAN, get, set);
    }

    DeclaredItem<T> bytes(String name, Function<T, SdkBytes> get, BiConsumer<T, SdkBytes> set) {
        return add(name, Kind.BYTES, get, set);
    }

    DeclaredItem<T> stringMap(String name, Function<T, Map<String, String>> get, BiConsumer<T, Map<String, String>> set) {
        return add(name, Kind.STRING_MAP, get, set);
    }

    DeclaredItem<T> stringMaps(String name, Function<T, List<Map<String, String>>> get,
                               BiConsumer<T, List<Map<String, String>>> set) {
        return add(name, Kind.STRING_MAPS, get, set);
    }

    DeclaredItem<T> nestedMaps(String name, Function<T, Map<String, Map<String, String>>> get,
                               BiConsumer<T, Map<String, Map<String, String>>> set) {
        return add(name, Kind.NESTED_MAPS, get, set);
    }

    DeclaredItem<T> strings(String name, Function<T, List<String>> get, BiConsumer<T, List<String>> set) {
        return add(name, Kind.STRINGS, get, set);
    }

    DeclaredItem<T> counts(String name, Function<T, Map<String, Integer>> get, BiConsumer<T, Map<String, Integer>> set) {
        return add(name, Kind.COUNTS, get, set);
    }

    DeclaredItem<T> build() {
        return this;
    }

    /** The Enhanced Client's static schema of these attributes, keyed on the table's PK and SK. */
    StaticTableSchema<T> tableSchema() {
        var builder = StaticTableSchema.builder(type).newItemSupplier(newItem);
        attributes.forEach(attribute -> add(builder, attribute));
        return builder.build();
    }

    @SuppressWarnings("unchecked")
    private static <T, V> void add(StaticTableSchema.Builder<T> builder, Attribute<T, V> attribute) {
        builder.addAttribute((EnhancedType<V>) attribute.kind().enhancedType, declared -> {
            declared.name(attribute.name()).getter(attribute.get()).setter(attribute.set());
            if (attribute.name().equals(Keys.PK)) {
                declared.tags(StaticAttributeTags.primaryPartitionKey());
            } else if (attribute.name().equals(Keys.SK)) {
                declared.tags(StaticAttributeTags.primarySortKey());
            }
        });
    }

    private <V> DeclaredItem<T> add(String name, Kind kind, Function<T, V> get, BiConsumer<T, V> set) {
        attributes.add(new Attribute<>(name, kind, get, set));
        return this;
    }
}

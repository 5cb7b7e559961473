package id.aduan.adapters.dynamodb;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTag;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/**
 * Declares item attributes for static table schemas in one line each. Static schemas are built
 * without reflection, which keeps the Enhanced Client off the cold-start path.
 */
final class Attributes<T> {

    private static final EnhancedType<Map<String, String>> STRING_MAP = EnhancedType.mapOf(String.class, String.class);
    private static final EnhancedType<List<Map<String, String>>> LIST_OF_STRING_MAPS = EnhancedType.listOf(STRING_MAP);
    private static final EnhancedType<List<String>> STRING_LIST = EnhancedType.listOf(String.class);
    private static final EnhancedType<Map<String, Integer>> COUNTS = EnhancedType.mapOf(String.class, Integer.class);
    private static final EnhancedType<Map<String, Map<String, String>>> NESTED_MAPS =
            EnhancedType.mapOf(EnhancedType.of(String.class), STRING_MAP);

    private final StaticTableSchema.Builder<T> builder;

    private Attributes(StaticTableSchema.Builder<T> builder) {
        this.builder = builder;
    }

    /** Starts a schema with the table's PK and SK keys. */
    static <T> Attributes<T> of(Class<T> type, java.util.function.Supplier<T> newItem,
                                Function<T, String> pk, BiConsumer<T, String> setPk,
                                Function<T, String> sk, BiConsumer<T, String> setSk) {
        var attributes = new Attributes<>(StaticTableSchema.builder(type).newItemSupplier(newItem));
        attributes.string(Keys.PK, pk, setPk, StaticAttributeTags.primaryPartitionKey());
        attributes.string(Keys.SK, sk, setSk, StaticAttributeTags.primarySortKey());
        return attributes;
    }

    Attributes<T> string(String name, Function<T, String> get, BiConsumer<T, String> set, StaticAttributeTag... tags) {
        builder.addAttribute(String.class, a -> a.name(name).getter(get).setter(set).tags(tags));
        return this;
    }

    /** The keys of the sparse due index: which queue of scheduled work, and when it is due. */
    Attributes<T> dueIndexKeys(Function<T, String> partition, BiConsumer<T, String> setPartition,
                               Function<T, String> order, BiConsumer<T, String> setOrder) {
        string(Keys.DUE_PK, partition, setPartition, StaticAttributeTags.secondaryPartitionKey(Keys.DUE_INDEX));
        return string(Keys.DUE_SK, order, setOrder, StaticAttributeTags.secondarySortKey(Keys.DUE_INDEX));
    }

    Attributes<T> integer(String name, Function<T, Integer> get, BiConsumer<T, Integer> set) {
        builder.addAttribute(Integer.class, a -> a.name(name).getter(get).setter(set));
        return this;
    }

    Attributes<T> longNumber(String name, Function<T, Long> get, BiConsumer<T, Long> set) {
        builder.addAttribute(Long.class, a -> a.name(name).getter(get).setter(set));
        return this;
    }

    Attributes<T> bool(String name, Function<T, Boolean> get, BiConsumer<T, Boolean> set) {
        builder.addAttribute(Boolean.class, a -> a.name(name).getter(get).setter(set));
        return this;
    }

    Attributes<T> bytes(String name, Function<T, SdkBytes> get, BiConsumer<T, SdkBytes> set) {
        builder.addAttribute(SdkBytes.class, a -> a.name(name).getter(get).setter(set));
        return this;
    }

    Attributes<T> stringMap(String name, Function<T, Map<String, String>> get, BiConsumer<T, Map<String, String>> set) {
        builder.addAttribute(STRING_MAP, a -> a.name(name).getter(get).setter(set));
        return this;
    }

    Attributes<T> stringMaps(String name, Function<T, List<Map<String, String>>> get,
                             BiConsumer<T, List<Map<String, String>>> set) {
        builder.addAttribute(LIST_OF_STRING_MAPS, a -> a.name(name).getter(get).setter(set));
        return this;
    }

    Attributes<T> nestedMaps(String name, Function<T, Map<String, Map<String, String>>> get,
                             BiConsumer<T, Map<String, Map<String, String>>> set) {
        builder.addAttribute(NESTED_MAPS, a -> a.name(name).getter(get).setter(set));
        return this;
    }

    Attributes<T> strings(String name, Function<T, List<String>> get, BiConsumer<T, List<String>> set) {
        builder.addAttribute(STRING_LIST, a -> a.name(name).getter(get).setter(set));
        return this;
    }

    Attributes<T> counts(String name, Function<T, Map<String, Integer>> get, BiConsumer<T, Map<String, Integer>> set) {
        builder.addAttribute(COUNTS, a -> a.name(name).getter(get).setter(set));
        return this;
    }

    StaticTableSchema<T> build() {
        return builder.build();
    }
}

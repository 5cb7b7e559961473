package id.aduan.adapters.dynamodb;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A read of one index partition that stops at {@code limit} items, in pages of at most {@value #PAGE}:
 * what every due list, dead list and recent list reads, so that its cost follows the answer, never the
 * partition. Items are read lazily, page by page, as the stream is consumed, and mapped by the caller (an
 * item's {@link ItemCodec}, or {@link DueEntry#of}).
 */
final class BoundedQuery {

    private static final int PAGE = 100;

    private BoundedQuery() {
    }

    /** An index and the names of its key attributes. */
    record Index(String name, String partitionKey, String sortKey) {
        static final Index DUE = new Index(Keys.DUE_INDEX, Keys.DUE_PK, Keys.DUE_SK);
        static final Index BY_STATUS = new Index(Keys.BY_STATUS_INDEX, Keys.BY_STATUS_PK, Keys.BY_STATUS_SK);
        static final Index DUPLICATES = new Index(Keys.DUPLICATES_INDEX, Keys.DUPLICATES_PK, Keys.DUPLICATES_SK);
    }

    /** The items of {@code partition} whose sort key is at or before {@code sortKey}, oldest first. */
    static <T> Stream<T> oldestUpTo(ComplaintTable table, Index index, String partition, String sortKey, int limit,
                                    Function<Map<String, AttributeValue>, T> mapping) {
        return read(table, index, partition, " AND #sk <= :sk", sortKey, true, limit).map(mapping);
    }

    /** Every item of {@code partition}, newest first. */
    static <T> Stream<T> newestOf(ComplaintTable table, Index index, String partition, int limit,
                                  Function<Map<String, AttributeValue>, T> mapping) {
        return read(table, index, partition, "", null, false, limit).map(mapping);
    }

    /** The items of {@code partition} whose sort key comes before {@code sortKey}, newest first. */
    static <T> Stream<T> newestBefore(ComplaintTable table, Index index, String partition, String sortKey, int limit,
                                      Function<Map<String, AttributeValue>, T> mapping) {
        return read(table, index, partition, " AND #sk < :sk", sortKey, false, limit).map(mapping);
    }

    /** The items of {@code partition} whose sort key is at or after {@code sortKey}, newest first. */
    static <T> Stream<T> newestFrom(ComplaintTable table, Index index, String partition, String sortKey, int limit,
                                    Function<Map<String, AttributeValue>, T> mapping) {
        return read(table, index, partition, " AND #sk >= :sk", sortKey, false, limit).map(mapping);
    }

    private static Stream<Map<String, AttributeValue>> read(ComplaintTable table, Index index, String partition,
                                                            String sortCondition, String sortKey, boolean forward,
                                                            int limit) {
        var names = new HashMap<String, String>();
        var values = new HashMap<String, AttributeValue>();
        names.put("#pk", index.partitionKey());
        values.put(":partition", AttributeValue.fromS(partition));
        if (sortKey != null) {
            names.put("#sk", index.sortKey());
            values.put(":sk", AttributeValue.fromS(sortKey));
        }
        return table.client.queryPaginator(request -> request.tableName(table.name)
                        .indexName(index.name())
                        .keyConditionExpression("#pk = :partition" + sortCondition)
                        .expressionAttributeNames(names)
                        .expressionAttributeValues(values)
                        .scanIndexForward(forward)
                        .limit(Math.min(limit, PAGE)))
                .items().stream()
                .limit(limit);
    }
}

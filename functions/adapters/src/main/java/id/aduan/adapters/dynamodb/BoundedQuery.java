package id.aduan.adapters.dynamodb;

import java.util.stream.Stream;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbIndex;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;

/**
 * A read of one index partition that stops at {@code limit} items, in pages of at most {@value #PAGE}:
 * what every dead list and recent list reads (due lists read {@link DueEntry}s the same way), so that its cost follows the answer, never the
 * partition. Items are read lazily, page by page, as the stream is consumed.
 */
final class BoundedQuery {

    static final int PAGE = 100;

    private BoundedQuery() {
    }

    /** The items of {@code range} in reverse sort-key order (newest first, for time-ordered keys). */
    static <T> Stream<T> newestFirst(DynamoDbIndex<T> index, QueryConditional range, int limit) {
        return index.query(QueryEnhancedRequest.builder()
                        .queryConditional(range)
                        .scanIndexForward(false)
                        .limit(Math.min(limit, PAGE))
                        .build())
                .stream()
                .flatMap(page -> page.items().stream())
                .limit(limit);
    }

    /** Every item of one index partition, newest first. */
    static <T> Stream<T> newestOf(DynamoDbIndex<T> index, String partition, int limit) {
        return newestFirst(index, QueryConditional.keyEqualTo(Key.builder().partitionValue(partition).build()), limit);
    }

    /** The items of one index partition whose sort key comes before {@code sortKey}, newest first. */
    static <T> Stream<T> newestBefore(DynamoDbIndex<T> index, String partition, String sortKey, int limit) {
        return newestFirst(index, QueryConditional.sortLessThan(Key.builder().partitionValue(partition).sortValue(sortKey).build()),
                limit);
    }
}

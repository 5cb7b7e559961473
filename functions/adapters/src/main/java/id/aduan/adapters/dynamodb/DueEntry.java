package id.aduan.adapters.dynamodb;

import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An entry of the sparse due index, which projects keys only: the item's key and when it is due, whatever
 * kind of item it points to. {@code DueEntryTest} holds it equal to what each due item type stores.
 */
record DueEntry(String pk, String sk, String dueOrder) {

    /** The entries of a due-index partition due at or before {@code now}, the longest due first. */
    static Stream<DueEntry> dueBy(ComplaintTable table, String partition, Instant now, int limit) {
        return BoundedQuery.oldestUpTo(table, BoundedQuery.Index.DUE, partition, Keys.dueBy(now), limit, DueEntry::of);
    }

    static DueEntry of(Map<String, AttributeValue> item) {
        return new DueEntry(item.get(Keys.PK).s(), item.get(Keys.SK).s(), item.get(Keys.DUE_SK).s());
    }

    /** The key of the item this entry points to. */
    Map<String, AttributeValue> key() {
        return Map.of(Keys.PK, AttributeValue.fromS(pk), Keys.SK, AttributeValue.fromS(sk));
    }
}

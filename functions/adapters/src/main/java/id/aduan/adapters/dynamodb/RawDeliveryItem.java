package id.aduan.adapters.dynamodb;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A stored webhook body, gzip-compressed ({@code RAW#<sha-256>} / {@code RAW}); bodies too big for one
 * item continue in {@code PART#<n>} items of the same partition.
 */
final class RawDeliveryItem {
    String pk;
    String sk;
    SdkBytes body;
    Integer bodyBytes;
    Integer parts;
    String receivedAt;
    String status;
    Integer attempts;
    Map<String, Integer> outcomes;
    List<String> problems;
    String processedAt;
    Long expiresAt;
    String duePartition;
    String dueOrder;

    /** Mapped by hand, not by a schema of lambdas: see {@link StoredAttributes}. */
    static final ItemCodec<RawDeliveryItem> SCHEMA = new ItemCodec<>() {
        @Override
        public Map<String, AttributeValue> itemToMap(RawDeliveryItem item) {
            return StoredAttributes.writing(14)
                    .put(Keys.PK, item.pk)
                    .put(Keys.SK, item.sk)
                    .put("body", item.body)
                    .put("bodyBytes", item.bodyBytes)
                    .put("parts", item.parts)
                    .put("receivedAt", item.receivedAt)
                    .put("status", item.status)
                    .put("attempts", item.attempts)
                    .putCounts("outcomes", item.outcomes)
                    .putStrings("problems", item.problems)
                    .put("processedAt", item.processedAt)
                    .put(Keys.EXPIRES_AT, item.expiresAt)
                    .put(Keys.DUE_PK, item.duePartition)
                    .put(Keys.DUE_SK, item.dueOrder)
                    .attributes();
        }

        @Override
        public RawDeliveryItem mapToItem(Map<String, AttributeValue> attributes) {
            var stored = StoredAttributes.reading(attributes);
            var item = new RawDeliveryItem();
            item.pk = stored.string(Keys.PK);
            item.sk = stored.string(Keys.SK);
            item.body = stored.bytes("body");
            item.bodyBytes = stored.integer("bodyBytes");
            item.parts = stored.integer("parts");
            item.receivedAt = stored.string("receivedAt");
            item.status = stored.string("status");
            item.attempts = stored.integer("attempts");
            item.outcomes = stored.counts("outcomes");
            item.problems = stored.strings("problems");
            item.processedAt = stored.string("processedAt");
            item.expiresAt = stored.longNumber(Keys.EXPIRES_AT);
            item.duePartition = stored.string(Keys.DUE_PK);
            item.dueOrder = stored.string(Keys.DUE_SK);
            return item;
        }
    };
}

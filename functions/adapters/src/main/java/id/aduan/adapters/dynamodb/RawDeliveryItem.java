package id.aduan.adapters.dynamodb;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

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

    static final StaticTableSchema<RawDeliveryItem> SCHEMA = Attributes.of(RawDeliveryItem.class, RawDeliveryItem::new,
                    i -> i.pk, (i, v) -> i.pk = v, i -> i.sk, (i, v) -> i.sk = v)
            .bytes("body", i -> i.body, (i, v) -> i.body = v)
            .integer("bodyBytes", i -> i.bodyBytes, (i, v) -> i.bodyBytes = v)
            .integer("parts", i -> i.parts, (i, v) -> i.parts = v)
            .string("receivedAt", i -> i.receivedAt, (i, v) -> i.receivedAt = v)
            .string("status", i -> i.status, (i, v) -> i.status = v)
            .integer("attempts", i -> i.attempts, (i, v) -> i.attempts = v)
            .counts("outcomes", i -> i.outcomes, (i, v) -> i.outcomes = v)
            .strings("problems", i -> i.problems, (i, v) -> i.problems = v)
            .string("processedAt", i -> i.processedAt, (i, v) -> i.processedAt = v)
            .longNumber(Keys.EXPIRES_AT, i -> i.expiresAt, (i, v) -> i.expiresAt = v)
            .dueIndexKeys(i -> i.duePartition, (i, v) -> i.duePartition = v,
                    i -> i.dueOrder, (i, v) -> i.dueOrder = v)
            .build();
}

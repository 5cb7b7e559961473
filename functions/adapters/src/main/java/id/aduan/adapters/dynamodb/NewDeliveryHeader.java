package id.aduan.adapters.dynamodb;

import id.aduan.core.ingest.DeliveryRecord;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The header item of a delivery just received, as {@link RawDeliveryItem#SCHEMA} stores it, mapped by
 * hand: storing it is all the webhook's first request writes, and touching the item class would build
 * its schema and load the Enhanced Client's mapper for that alone. {@code NewDeliveryHeaderTest} holds
 * the two mappings equal.
 */
record NewDeliveryHeader(String pk, SdkBytes firstPart, int bodyBytes, int parts, String receivedAt, long expiresAt,
                         String dueOrder) {

    Map<String, AttributeValue> item() {
        return Map.ofEntries(
                Map.entry(Keys.PK, AttributeValue.fromS(pk)),
                Map.entry(Keys.SK, AttributeValue.fromS(Keys.RAW_SK)),
                Map.entry("body", AttributeValue.fromB(firstPart)),
                Map.entry("bodyBytes", AttributeValue.fromN(Integer.toString(bodyBytes))),
                Map.entry("parts", AttributeValue.fromN(Integer.toString(parts))),
                Map.entry("receivedAt", AttributeValue.fromS(receivedAt)),
                Map.entry("status", AttributeValue.fromS(DeliveryRecord.Status.RECEIVED.name())),
                Map.entry("attempts", AttributeValue.fromN("0")),
                Map.entry(Keys.EXPIRES_AT, AttributeValue.fromN(Long.toString(expiresAt))),
                Map.entry(Keys.DUE_PK, AttributeValue.fromS(Keys.RETRY_PARTITION)),
                Map.entry(Keys.DUE_SK, AttributeValue.fromS(dueOrder)));
    }
}

package id.aduan.adapters.dynamodb;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The stored claim of an Instagram object ({@code <t>#IG#<claim key>} / {@code IG}). */
final class ClaimItem {
    String pk;
    String sk;
    String complaintId;
    /** The complaint's correlation id, which the lines of a reply to this message carry. */
    String correlationId;
    String reporterId;
    String messageSentAt;
    Boolean opening;
    String pendingText;
    Integer pendingEditNumber;
    Boolean pendingUnsent;
    String pendingAt;
    Long expiresAt;

    /** Mapped by hand, not by a schema of lambdas: see {@link StoredAttributes}. */
    static final ItemCodec<ClaimItem> SCHEMA = new ItemCodec<>() {
        @Override
        public Map<String, AttributeValue> itemToMap(ClaimItem item) {
            return StoredAttributes.writing(12)
                    .put(Keys.PK, item.pk)
                    .put(Keys.SK, item.sk)
                    .put("complaintId", item.complaintId)
                    .put("correlationId", item.correlationId)
                    .put("reporterId", item.reporterId)
                    .put("messageSentAt", item.messageSentAt)
                    .put("opening", item.opening)
                    .put("pendingText", item.pendingText)
                    .put("pendingEditNumber", item.pendingEditNumber)
                    .put("pendingUnsent", item.pendingUnsent)
                    .put("pendingAt", item.pendingAt)
                    .put(Keys.EXPIRES_AT, item.expiresAt)
                    .attributes();
        }

        @Override
        public ClaimItem mapToItem(Map<String, AttributeValue> attributes) {
            var stored = StoredAttributes.reading(attributes);
            var item = new ClaimItem();
            item.pk = stored.string(Keys.PK);
            item.sk = stored.string(Keys.SK);
            item.complaintId = stored.string("complaintId");
            item.correlationId = stored.string("correlationId");
            item.reporterId = stored.string("reporterId");
            item.messageSentAt = stored.string("messageSentAt");
            item.opening = stored.flag("opening");
            item.pendingText = stored.string("pendingText");
            item.pendingEditNumber = stored.integer("pendingEditNumber");
            item.pendingUnsent = stored.flag("pendingUnsent");
            item.pendingAt = stored.string("pendingAt");
            item.expiresAt = stored.longNumber(Keys.EXPIRES_AT);
            return item;
        }
    };
}

package id.aduan.adapters.dynamodb;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An item that points at a complaint: a DM conversation ({@code <t>#T#…}) routing the reporter's next
 * messages, or a tracking code ({@code <t>#CODE#…}) that must stay unique within its tenant.
 */
final class LinkItem {
    String pk;
    String sk;
    String complaintId;
    /** On a conversation's link: the complaint's correlation id, which its follow-ups' lines carry. */
    String correlationId;

    /** Mapped by hand, not by a schema of lambdas: see {@link StoredAttributes}. */
    static final ItemCodec<LinkItem> SCHEMA = new ItemCodec<>() {
        @Override
        public Map<String, AttributeValue> itemToMap(LinkItem item) {
            return StoredAttributes.writing(4)
                    .put(Keys.PK, item.pk)
                    .put(Keys.SK, item.sk)
                    .put("complaintId", item.complaintId)
                    .put("correlationId", item.correlationId)
                    .attributes();
        }

        @Override
        public LinkItem mapToItem(Map<String, AttributeValue> attributes) {
            var stored = StoredAttributes.reading(attributes);
            var item = new LinkItem();
            item.pk = stored.string(Keys.PK);
            item.sk = stored.string(Keys.SK);
            item.complaintId = stored.string("complaintId");
            item.correlationId = stored.string("correlationId");
            return item;
        }
    };

    static LinkItem of(String pk, String sk, String complaintId) {
        var item = new LinkItem();
        item.pk = pk;
        item.sk = sk;
        item.complaintId = complaintId;
        return item;
    }
}

package id.aduan.adapters.dynamodb;

import id.aduan.core.complaint.Channel;
import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.complaint.ReporterMessage;
import id.aduan.core.ingest.PendingFetch;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A mention waiting for its text ({@code <t>#FETCH#<complaint id>} / {@code <t>#FETCH}), due in the due index. */
final class MentionFetchItem {
    String pk;
    String sk;
    String complaintId;
    String channel;
    String objectId;
    Integer attempts;
    String duePartition;
    String dueOrder;

    PendingFetch toPendingFetch() {
        return new PendingFetch(new ComplaintId(complaintId), Channel.valueOf(channel), objectId,
                attempts == null ? 0 : attempts);
    }

    /** Mapped by hand, not by a schema of lambdas: see {@link StoredAttributes}. */
    static final ItemCodec<MentionFetchItem> SCHEMA = new ItemCodec<>() {
        @Override
        public Map<String, AttributeValue> itemToMap(MentionFetchItem item) {
            return StoredAttributes.writing(8)
                    .put(Keys.PK, item.pk)
                    .put(Keys.SK, item.sk)
                    .put("complaintId", item.complaintId)
                    .put("channel", item.channel)
                    .put("objectId", item.objectId)
                    .put("attempts", item.attempts)
                    .put(Keys.DUE_PK, item.duePartition)
                    .put(Keys.DUE_SK, item.dueOrder)
                    .attributes();
        }

        @Override
        public MentionFetchItem mapToItem(Map<String, AttributeValue> attributes) {
            var stored = StoredAttributes.reading(attributes);
            var item = new MentionFetchItem();
            item.pk = stored.string(Keys.PK);
            item.sk = stored.string(Keys.SK);
            item.complaintId = stored.string("complaintId");
            item.channel = stored.string("channel");
            item.objectId = stored.string("objectId");
            item.attempts = stored.integer("attempts");
            item.duePartition = stored.string(Keys.DUE_PK);
            item.dueOrder = stored.string(Keys.DUE_SK);
            return item;
        }
    };

    /** Due at once: the first fetch is tried on the next run. */
    static MentionFetchItem of(Keys.TenantKeys keys, Complaint complaint, ReporterMessage opening) {
        var item = new MentionFetchItem();
        item.pk = keys.mentionFetch(complaint.id());
        item.sk = Keys.FETCH_SK;
        item.complaintId = complaint.id().value();
        item.channel = complaint.channel().name();
        item.objectId = opening.instagramId();
        item.attempts = 0;
        item.duePartition = keys.fetchPartition();
        item.dueOrder = Keys.due(complaint.receivedAt(), complaint.id().value());
        return item;
    }
}

package id.aduan.adapters.dynamodb;

import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.ReporterMessage;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

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

    static final StaticTableSchema<MentionFetchItem> SCHEMA = Attributes.of(MentionFetchItem.class,
                    MentionFetchItem::new, i -> i.pk, (i, v) -> i.pk = v, i -> i.sk, (i, v) -> i.sk = v)
            .string("complaintId", i -> i.complaintId, (i, v) -> i.complaintId = v)
            .string("channel", i -> i.channel, (i, v) -> i.channel = v)
            .string("objectId", i -> i.objectId, (i, v) -> i.objectId = v)
            .integer("attempts", i -> i.attempts, (i, v) -> i.attempts = v)
            .dueIndexKeys(i -> i.duePartition, (i, v) -> i.duePartition = v,
                    i -> i.dueOrder, (i, v) -> i.dueOrder = v)
            .build();

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

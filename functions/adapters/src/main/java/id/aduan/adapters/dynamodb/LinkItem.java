package id.aduan.adapters.dynamodb;

import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

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

    static final StaticTableSchema<LinkItem> SCHEMA = Attributes.of(LinkItem.class, LinkItem::new,
                    i -> i.pk, (i, v) -> i.pk = v, i -> i.sk, (i, v) -> i.sk = v)
            .string("complaintId", i -> i.complaintId, (i, v) -> i.complaintId = v)
            .string("correlationId", i -> i.correlationId, (i, v) -> i.correlationId = v)
            .build();

    static LinkItem of(String pk, String sk, String complaintId) {
        var item = new LinkItem();
        item.pk = pk;
        item.sk = sk;
        item.complaintId = complaintId;
        return item;
    }
}

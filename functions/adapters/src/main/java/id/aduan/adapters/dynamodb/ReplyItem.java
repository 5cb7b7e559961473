package id.aduan.adapters.dynamodb;

import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/**
 * A reply the sender handles ({@code <t>#C#<id>} / {@code R#<reply id>}), the echo it awaits
 * ({@code <t>#AWAIT#<conversation>} / {@code R#<reply id>}), or the comment's private reply it used
 * ({@code <t>#C#<id>} / {@code PRIVATE#<comment id>}).
 */
final class ReplyItem {
    String pk;
    String sk;
    String replyId;
    String complaintId;
    String method;
    String target;
    String conversation;
    String fingerprint;
    String state;
    String owner;
    String leaseUntil;
    String instagramId;
    String updatedAt;
    Long expiresAt;

    static final StaticTableSchema<ReplyItem> SCHEMA = Attributes.of(ReplyItem.class, ReplyItem::new,
                    i -> i.pk, (i, v) -> i.pk = v, i -> i.sk, (i, v) -> i.sk = v)
            .string("replyId", i -> i.replyId, (i, v) -> i.replyId = v)
            .string("complaintId", i -> i.complaintId, (i, v) -> i.complaintId = v)
            .string("method", i -> i.method, (i, v) -> i.method = v)
            .string("target", i -> i.target, (i, v) -> i.target = v)
            .string("conversation", i -> i.conversation, (i, v) -> i.conversation = v)
            .string("fingerprint", i -> i.fingerprint, (i, v) -> i.fingerprint = v)
            .string("state", i -> i.state, (i, v) -> i.state = v)
            .string("owner", i -> i.owner, (i, v) -> i.owner = v)
            .string("leaseUntil", i -> i.leaseUntil, (i, v) -> i.leaseUntil = v)
            .string("instagramId", i -> i.instagramId, (i, v) -> i.instagramId = v)
            .string("updatedAt", i -> i.updatedAt, (i, v) -> i.updatedAt = v)
            .longNumber(Keys.EXPIRES_AT, i -> i.expiresAt, (i, v) -> i.expiresAt = v)
            .build();
}

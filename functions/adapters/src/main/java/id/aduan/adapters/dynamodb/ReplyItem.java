package id.aduan.adapters.dynamodb;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

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

    /** Mapped by hand, not by a schema of lambdas: see {@link StoredAttributes}. */
    static final ItemCodec<ReplyItem> SCHEMA = new ItemCodec<>() {
        @Override
        public Map<String, AttributeValue> itemToMap(ReplyItem item) {
            return StoredAttributes.writing(14)
                    .put(Keys.PK, item.pk)
                    .put(Keys.SK, item.sk)
                    .put("replyId", item.replyId)
                    .put("complaintId", item.complaintId)
                    .put("method", item.method)
                    .put("target", item.target)
                    .put("conversation", item.conversation)
                    .put("fingerprint", item.fingerprint)
                    .put("state", item.state)
                    .put("owner", item.owner)
                    .put("leaseUntil", item.leaseUntil)
                    .put("instagramId", item.instagramId)
                    .put("updatedAt", item.updatedAt)
                    .put(Keys.EXPIRES_AT, item.expiresAt)
                    .attributes();
        }

        @Override
        public ReplyItem mapToItem(Map<String, AttributeValue> attributes) {
            var stored = StoredAttributes.reading(attributes);
            var item = new ReplyItem();
            item.pk = stored.string(Keys.PK);
            item.sk = stored.string(Keys.SK);
            item.replyId = stored.string("replyId");
            item.complaintId = stored.string("complaintId");
            item.method = stored.string("method");
            item.target = stored.string("target");
            item.conversation = stored.string("conversation");
            item.fingerprint = stored.string("fingerprint");
            item.state = stored.string("state");
            item.owner = stored.string("owner");
            item.leaseUntil = stored.string("leaseUntil");
            item.instagramId = stored.string("instagramId");
            item.updatedAt = stored.string("updatedAt");
            item.expiresAt = stored.longNumber(Keys.EXPIRES_AT);
            return item;
        }
    };
}

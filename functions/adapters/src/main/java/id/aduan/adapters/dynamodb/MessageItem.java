package id.aduan.adapters.dynamodb;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The stored form of one reporter message ({@code <t>#C#<id>} / {@code M#<time>#<instagram id>}). */
final class MessageItem {
    String pk;
    String sk;
    String instagramId;
    String channel;
    String text;
    List<Map<String, String>> media;
    String sentAt;
    Integer editCount;
    Boolean unsent;
    String instagramTime;

    /** Mapped by hand, not by a schema of lambdas: see {@link StoredAttributes}. */
    static final ItemCodec<MessageItem> SCHEMA = new ItemCodec<>() {
        @Override
        public Map<String, AttributeValue> itemToMap(MessageItem item) {
            return StoredAttributes.writing(10)
                    .put(Keys.PK, item.pk)
                    .put(Keys.SK, item.sk)
                    .put("instagramId", item.instagramId)
                    .put("channel", item.channel)
                    .put("text", item.text)
                    .putStringMaps("media", item.media)
                    .put("sentAt", item.sentAt)
                    .put("editCount", item.editCount)
                    .put("unsent", item.unsent)
                    .put("instagramTime", item.instagramTime)
                    .attributes();
        }

        @Override
        public MessageItem mapToItem(Map<String, AttributeValue> attributes) {
            var stored = StoredAttributes.reading(attributes);
            var item = new MessageItem();
            item.pk = stored.string(Keys.PK);
            item.sk = stored.string(Keys.SK);
            item.instagramId = stored.string("instagramId");
            item.channel = stored.string("channel");
            item.text = stored.string("text");
            item.media = stored.stringMaps("media");
            item.sentAt = stored.string("sentAt");
            item.editCount = stored.integer("editCount");
            item.unsent = stored.flag("unsent");
            item.instagramTime = stored.string("instagramTime");
            return item;
        }
    };
}

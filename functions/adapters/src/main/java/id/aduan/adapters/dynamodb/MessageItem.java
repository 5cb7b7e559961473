package id.aduan.adapters.dynamodb;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

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

    static final StaticTableSchema<MessageItem> SCHEMA = Attributes.of(MessageItem.class, MessageItem::new,
                    i -> i.pk, (i, v) -> i.pk = v, i -> i.sk, (i, v) -> i.sk = v)
            .string("instagramId", i -> i.instagramId, (i, v) -> i.instagramId = v)
            .string("channel", i -> i.channel, (i, v) -> i.channel = v)
            .string("text", i -> i.text, (i, v) -> i.text = v)
            .stringMaps("media", i -> i.media, (i, v) -> i.media = v)
            .string("sentAt", i -> i.sentAt, (i, v) -> i.sentAt = v)
            .integer("editCount", i -> i.editCount, (i, v) -> i.editCount = v)
            .bool("unsent", i -> i.unsent, (i, v) -> i.unsent = v)
            .string("instagramTime", i -> i.instagramTime, (i, v) -> i.instagramTime = v)
            .build();
}

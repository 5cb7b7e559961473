package id.aduan.adapters.dynamodb;

import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/** The stored form of one timeline event ({@code C#<id>} / {@code E#<time>#<event key>}). */
final class EventItem {
    String pk;
    String sk;
    String key;
    String at;
    String actorKind;
    String actorId;
    String actorName;
    String type;
    String reason;
    Map<String, String> details;

    static final StaticTableSchema<EventItem> SCHEMA = Attributes.of(EventItem.class, EventItem::new,
                    i -> i.pk, (i, v) -> i.pk = v, i -> i.sk, (i, v) -> i.sk = v)
            .string("key", i -> i.key, (i, v) -> i.key = v)
            .string("at", i -> i.at, (i, v) -> i.at = v)
            .string("actorKind", i -> i.actorKind, (i, v) -> i.actorKind = v)
            .string("actorId", i -> i.actorId, (i, v) -> i.actorId = v)
            .string("actorName", i -> i.actorName, (i, v) -> i.actorName = v)
            .string("type", i -> i.type, (i, v) -> i.type = v)
            .string("reason", i -> i.reason, (i, v) -> i.reason = v)
            .stringMap("details", i -> i.details, (i, v) -> i.details = v)
            .build();
}

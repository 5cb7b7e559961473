package id.aduan.adapters.dynamodb;

import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/**
 * The stored form of one timeline event ({@code <t>#C#<id>} / {@code E#<time>#<event key>}). A reopening or
 * re-route also carries the month index keys and the complaint's unit and category, for reports.
 */
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
    String period;
    String periodOrder;
    String unit;
    String category;

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
            .string(Keys.PERIOD_PK, i -> i.period, (i, v) -> i.period = v,
                    StaticAttributeTags.secondaryPartitionKey(Keys.BY_PERIOD_INDEX))
            .string(Keys.PERIOD_SK, i -> i.periodOrder, (i, v) -> i.periodOrder = v,
                    StaticAttributeTags.secondarySortKey(Keys.BY_PERIOD_INDEX))
            .string("unit", i -> i.unit, (i, v) -> i.unit = v)
            .string("category", i -> i.category, (i, v) -> i.category = v)
            .build();
}

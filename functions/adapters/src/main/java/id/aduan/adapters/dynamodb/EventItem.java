package id.aduan.adapters.dynamodb;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

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

    /** Mapped by hand, not by a schema of lambdas: see {@link StoredAttributes}. */
    static final ItemCodec<EventItem> SCHEMA = new ItemCodec<>() {
        @Override
        public Map<String, AttributeValue> itemToMap(EventItem item) {
            return StoredAttributes.writing(14)
                    .put(Keys.PK, item.pk)
                    .put(Keys.SK, item.sk)
                    .put("key", item.key)
                    .put("at", item.at)
                    .put("actorKind", item.actorKind)
                    .put("actorId", item.actorId)
                    .put("actorName", item.actorName)
                    .put("type", item.type)
                    .put("reason", item.reason)
                    .putStringMap("details", item.details)
                    .put(Keys.PERIOD_PK, item.period)
                    .put(Keys.PERIOD_SK, item.periodOrder)
                    .put("unit", item.unit)
                    .put("category", item.category)
                    .attributes();
        }

        @Override
        public EventItem mapToItem(Map<String, AttributeValue> attributes) {
            var stored = StoredAttributes.reading(attributes);
            var item = new EventItem();
            item.pk = stored.string(Keys.PK);
            item.sk = stored.string(Keys.SK);
            item.key = stored.string("key");
            item.at = stored.string("at");
            item.actorKind = stored.string("actorKind");
            item.actorId = stored.string("actorId");
            item.actorName = stored.string("actorName");
            item.type = stored.string("type");
            item.reason = stored.string("reason");
            item.details = stored.stringMap("details");
            item.period = stored.string(Keys.PERIOD_PK);
            item.periodOrder = stored.string(Keys.PERIOD_SK);
            item.unit = stored.string("unit");
            item.category = stored.string("category");
            return item;
        }
    };
}

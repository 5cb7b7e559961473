package id.aduan.adapters.dynamodb;

import id.aduan.core.workflow.ConfirmedRouting;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A confirmed routing for the router to learn from ({@code <t>#LEARN#<utc day>} / {@code <time>#<id>}),
 * written with the staff action that confirmed it. The learner reads one day's partition at a time;
 * examples expire after 400 days, a year of the city's words with room to spare.
 */
final class ConfirmedRoutingItem {

    static final Duration LIFETIME = Duration.ofDays(400);

    String pk;
    String sk;
    String unit;
    String text;
    Long expiresAt;

    /** Mapped by hand, not by a schema of lambdas: see {@link StoredAttributes}. */
    static final ItemCodec<ConfirmedRoutingItem> SCHEMA = new ItemCodec<>() {
        @Override
        public Map<String, AttributeValue> itemToMap(ConfirmedRoutingItem item) {
            return StoredAttributes.writing(5)
                    .put(Keys.PK, item.pk)
                    .put(Keys.SK, item.sk)
                    .put("unit", item.unit)
                    .put("text", item.text)
                    .put(Keys.EXPIRES_AT, item.expiresAt)
                    .attributes();
        }

        @Override
        public ConfirmedRoutingItem mapToItem(Map<String, AttributeValue> attributes) {
            var stored = StoredAttributes.reading(attributes);
            var item = new ConfirmedRoutingItem();
            item.pk = stored.string(Keys.PK);
            item.sk = stored.string(Keys.SK);
            item.unit = stored.string("unit");
            item.text = stored.string("text");
            item.expiresAt = stored.longNumber(Keys.EXPIRES_AT);
            return item;
        }
    };

    static ConfirmedRoutingItem of(Keys.TenantKeys keys, ConfirmedRouting example) {
        var item = new ConfirmedRoutingItem();
        item.pk = keys.learningDay(LocalDate.ofInstant(example.at(), ZoneOffset.UTC));
        item.sk = Keys.confirmedRouting(example.at(), example.complaint());
        item.unit = example.unit();
        item.text = example.text();
        item.expiresAt = example.at().plus(LIFETIME).getEpochSecond();
        return item;
    }
}

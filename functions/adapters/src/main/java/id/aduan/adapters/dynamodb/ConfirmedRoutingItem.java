package id.aduan.adapters.dynamodb;

import id.aduan.core.workflow.ConfirmedRouting;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

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

    static final StaticTableSchema<ConfirmedRoutingItem> SCHEMA = Attributes.of(ConfirmedRoutingItem.class,
                    ConfirmedRoutingItem::new, i -> i.pk, (i, v) -> i.pk = v, i -> i.sk, (i, v) -> i.sk = v)
            .string("unit", i -> i.unit, (i, v) -> i.unit = v)
            .string("text", i -> i.text, (i, v) -> i.text = v)
            .longNumber(Keys.EXPIRES_AT, i -> i.expiresAt, (i, v) -> i.expiresAt = v)
            .build();

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

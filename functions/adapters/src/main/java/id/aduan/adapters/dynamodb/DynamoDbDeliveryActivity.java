package id.aduan.adapters.dynamodb;

import id.aduan.core.health.DeliveryActivity;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Each account's last webhook delivery, one item per account in the {@code ACTIVITY} partition. A
 * delivery costs at most one conditional update a minute per container (the container remembers what it
 * wrote) and the item only moves forward, by at least a minute, so replays of old deliveries and other
 * containers change nothing. Reading is one Query of that small partition.
 */
public final class DynamoDbDeliveryActivity implements DeliveryActivity {

    private static final Duration GRAIN = Duration.ofMinutes(1);
    private static final String LAST = "lastDeliveryAt";
    private static final int MOST_ACCOUNTS = 500;

    private final ComplaintTable table;
    private final Map<String, Instant> written = new ConcurrentHashMap<>();

    public DynamoDbDeliveryActivity(ComplaintTable table) {
        this.table = table;
    }

    @Override
    public void record(String account, Instant at) {
        var before = written.get(account);
        if (before != null && at.isBefore(before.plus(GRAIN))) {
            return;
        }
        try {
            table.client.updateItem(request -> request.tableName(table.name)
                    .key(Map.of(Keys.PK, AttributeValue.fromS(Keys.ACTIVITY_PARTITION),
                            Keys.SK, AttributeValue.fromS(account)))
                    .updateExpression("SET #last = :at")
                    .conditionExpression("attribute_not_exists(#last) OR #last < :grainBefore")
                    .expressionAttributeNames(Map.of("#last", LAST))
                    .expressionAttributeValues(Map.of(
                            ":at", AttributeValue.fromS(Keys.time(at)),
                            ":grainBefore", AttributeValue.fromS(Keys.time(at.minus(GRAIN))))));
        } catch (ConditionalCheckFailedException recentEnough) {
            // Another container noted a delivery within the minute, or a later one: nothing to add.
        }
        written.merge(account, at, (old, now) -> now.isAfter(old) ? now : old);
    }

    @Override
    public List<LastDelivery> lastDeliveries() {
        var last = new ArrayList<LastDelivery>();
        table.partition(Keys.ACTIVITY_PARTITION)
                .limit(MOST_ACCOUNTS)
                .filter(item -> item.containsKey(LAST))
                .forEach(item -> last.add(new LastDelivery(item.get(Keys.SK).s(), Instant.parse(item.get(LAST).s()))));
        return last;
    }
}

package id.aduan.adapters.dynamodb;

import id.aduan.core.alert.AlertOutbox;
import id.aduan.core.alert.RecordedAlert;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * The alert outbox in the complaints table: one item per alert in its day's partition, queued in the due
 * index ({@code <t>#OUTBOX}) until it is published; and one item per unit, audience and hour that had its
 * group message ({@code <t>#ALERTGROUPS#<day>}); the operations alerts, through the platform's view of the
 * table, have the same keys without the tenant. A lease is the due-index sort key itself: taking an
 * alert over or giving it back is a write conditioned on the key the writer read, so only one wins.
 */
public final class DynamoDbAlertOutbox implements AlertOutbox {

    /** An hour's claim is needed only during that hour. */
    private static final Duration GROUP_RETENTION = Duration.ofDays(2);

    private final ComplaintTable table;
    private final Keys.AlertKeys keys;

    /** On a tenant's view of the table, that tenant's alerts; on the platform's, the operations alerts. */
    public DynamoDbAlertOutbox(ComplaintTable table) {
        this.table = table;
        this.keys = table.alertKeys();
    }

    @Override
    public boolean recordIfAbsent(RecordedAlert alert) {
        try {
            table.client.putItem(PutItemRequest.builder()
                    .tableName(table.name)
                    .item(AlertItem.SCHEMA.itemToMap(AlertItem.of(keys, alert)))
                    .conditionExpression("attribute_not_exists(PK)")
                    .build());
            return true;
        } catch (ConditionalCheckFailedException recorded) {
            return false;
        }
    }

    @Override
    public List<RecordedAlert> stranded(Instant now, int limit) {
        var stranded = new ArrayList<RecordedAlert>();
        DueEntry.dueBy(table, keys.outbox(), now, limit)
                // The index lags the table: read each alert itself before trusting its lease.
                .flatMap(entry -> table.item(AlertItem.SCHEMA, entry.pk(), entry.sk(), true).stream())
                .map(AlertItem::toRecordedAlert)
                .filter(alert -> alert.pending() && !alert.retryAt().isAfter(now))
                .forEach(stranded::add);
        return stranded;
    }

    @Override
    public Optional<RecordedAlert> takeOver(RecordedAlert stranded, Instant until) {
        try {
            var updated = table.client.updateItem(moveLease(stranded, until, true));
            return Optional.of(AlertItem.SCHEMA.mapToItem(updated.attributes()).toRecordedAlert());
        } catch (ConditionalCheckFailedException taken) {
            return Optional.empty();
        }
    }

    @Override
    public void markPublished(RecordedAlert alert, Instant at) {
        var values = Map.of(":at", AttributeValue.fromS(Keys.time(at)));
        table.client.updateItem(UpdateItemRequest.builder()
                .tableName(table.name)
                .key(key(alert))
                .updateExpression("SET publishedAt = :at REMOVE #duePk, #dueSk")
                .conditionExpression("attribute_exists(PK)")
                .expressionAttributeNames(Map.of("#duePk", Keys.DUE_PK, "#dueSk", Keys.DUE_SK))
                .expressionAttributeValues(values)
                .build());
    }

    @Override
    public void retryLater(RecordedAlert alert, Instant retryAt) {
        try {
            table.client.updateItem(moveLease(alert, retryAt, false));
        } catch (ConditionalCheckFailedException takenOrPublished) {
            // Someone else holds it now, or it went out after all: theirs to finish.
        }
    }

    @Override
    public boolean claimHour(String group, Instant hour, String groupId) {
        var item = new HashMap<String, AttributeValue>();
        item.put(Keys.PK, AttributeValue.fromS(keys.alertGroupsOfDay(LocalDate.ofInstant(hour, ZoneOffset.UTC))));
        item.put(Keys.SK, AttributeValue.fromS(Keys.alertGroupHour(hour, group)));
        item.put("groupId", AttributeValue.fromS(groupId));
        item.put(Keys.EXPIRES_AT, AttributeValue.fromN(Long.toString(hour.plus(GROUP_RETENTION).getEpochSecond())));
        try {
            table.client.putItem(PutItemRequest.builder()
                    .tableName(table.name)
                    .item(item)
                    .conditionExpression("attribute_not_exists(PK) OR groupId = :groupId")
                    .expressionAttributeValues(Map.of(":groupId", AttributeValue.fromS(groupId)))
                    .build());
            return true;
        } catch (ConditionalCheckFailedException anotherGroup) {
            return false;
        }
    }

    @Override
    public List<RecordedAlert> raisedOn(LocalDate day) {
        var alerts = new ArrayList<RecordedAlert>();
        table.partition(keys.alertsOfDay(day))
                .forEach(item -> alerts.add(AlertItem.SCHEMA.mapToItem(item).toRecordedAlert()));
        return alerts;
    }

    /**
     * Moves a pending alert's lease to {@code lease}, only if it still holds the lease {@code alert} was
     * read with; a take-over counts an attempt and returns the alert as it now is.
     */
    private UpdateItemRequest moveLease(RecordedAlert alert, Instant lease, boolean takeOver) {
        var values = new HashMap<String, AttributeValue>();
        values.put(":held", AttributeValue.fromS(Keys.due(alert.retryAt(), alert.alert().id())));
        values.put(":lease", AttributeValue.fromS(Keys.due(lease, alert.alert().id())));
        if (takeOver) {
            values.put(":one", AttributeValue.fromN("1"));
        }
        return UpdateItemRequest.builder()
                .tableName(table.name)
                .key(key(alert))
                .updateExpression(takeOver ? "SET #dueSk = :lease ADD attempts :one" : "SET #dueSk = :lease")
                .returnValues(takeOver ? ReturnValue.ALL_NEW : ReturnValue.NONE)
                .conditionExpression("#dueSk = :held")
                .expressionAttributeNames(Map.of("#dueSk", Keys.DUE_SK))
                .expressionAttributeValues(values)
                .build();
    }

    private Map<String, AttributeValue> key(RecordedAlert alert) {
        return Map.of(Keys.PK, AttributeValue.fromS(keys.alertsOfDay(alert.day())),
                Keys.SK, AttributeValue.fromS(alert.alert().id()));
    }
}

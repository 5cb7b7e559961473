package id.aduan.adapters.dynamodb;

import id.aduan.core.alert.AccountNotices;
import id.aduan.core.alert.RecordedAlert;
import java.time.Duration;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Operational notices in the complaints table: one item per notice ({@code NOTICE#<account>} /
 * {@code <notice key>}), put only if absent in the same transaction that puts its alert into the
 * operations alerts' outbox. Kept 90 days, longer than any token lives.
 */
public final class DynamoDbAccountNotices implements AccountNotices {

    private static final Duration KEPT = Duration.ofDays(90);

    private final ComplaintTable table;

    public DynamoDbAccountNotices(ComplaintTable table) {
        this.table = table;
    }

    @Override
    public boolean raiseOnce(String account, String notice, RecordedAlert alert) {
        var transaction = table.transaction();
        transaction.update(Keys.notices(account), notice, new Transaction.Expression(
                        "SET raisedAt = :at, alertId = :alert, #expires = :expires",
                        Map.of("#expires", Keys.EXPIRES_AT),
                        Map.of(":at", AttributeValue.fromS(Keys.time(alert.raisedAt())),
                                ":alert", AttributeValue.fromS(alert.alert().id()),
                                ":expires", AttributeValue.fromN(Long.toString(
                                        alert.raisedAt().plus(KEPT).getEpochSecond())))),
                Transaction.Condition.ITEM_ABSENT);
        transaction.put(AlertItem.SCHEMA, AlertItem.of(Keys.OPERATIONS_ALERTS, alert), Transaction.Condition.ITEM_ABSENT);
        return transaction.commit().isEmpty();
    }
}

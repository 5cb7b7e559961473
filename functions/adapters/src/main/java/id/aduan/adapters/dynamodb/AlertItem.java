package id.aduan.adapters.dynamodb;

import id.aduan.core.alert.Alert;
import id.aduan.core.alert.RecordedAlert;
import java.time.Duration;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/**
 * An alert in the outbox ({@code <t>#ALERTS#<UTC day>} / {@code <alert id>}), with its text as it was
 * published. While it is not published it sits in the due index ({@code <t>#OUTBOX}) at the end of its
 * publisher's lease. An operations alert has the same keys without the tenant.
 */
final class AlertItem {
    String pk;
    String sk;
    String kind;
    String subject;
    String text;
    Map<String, String> attributes;
    String raisedAt;
    String publishedAt;
    Integer attempts;
    Long expiresAt;
    String duePartition;
    String dueOrder;

    /** Kept for the digests and for looking back at what was sent; DynamoDB deletes it afterwards. */
    private static final Duration RETENTION = Duration.ofDays(90);

    static AlertItem of(Keys.AlertKeys keys, RecordedAlert recorded) {
        var item = new AlertItem();
        var alert = recorded.alert();
        item.pk = keys.alertsOfDay(recorded.day());
        item.sk = alert.id();
        item.kind = alert.kind().name();
        item.subject = alert.subject();
        item.text = alert.text();
        item.attributes = alert.attributes().isEmpty() ? null : alert.attributes();
        item.raisedAt = Keys.time(recorded.raisedAt());
        item.attempts = recorded.attempts();
        item.expiresAt = recorded.raisedAt().plus(RETENTION).getEpochSecond();
        if (recorded.pending()) {
            item.duePartition = keys.outbox();
            item.dueOrder = Keys.due(recorded.retryAt(), alert.id());
        }
        return item;
    }

    RecordedAlert toRecordedAlert() {
        var alert = new Alert(sk, Alert.Kind.valueOf(kind), subject, text, attributes);
        return new RecordedAlert(alert, Keys.parseTime(raisedAt), dueOrder == null ? null : Keys.timeOf(dueOrder),
                attempts == null ? 1 : attempts);
    }


    static final StaticTableSchema<AlertItem> SCHEMA = Attributes.of(AlertItem.class, AlertItem::new,
                    i -> i.pk, (i, v) -> i.pk = v, i -> i.sk, (i, v) -> i.sk = v)
            .string("kind", i -> i.kind, (i, v) -> i.kind = v)
            .string("subject", i -> i.subject, (i, v) -> i.subject = v)
            .string("text", i -> i.text, (i, v) -> i.text = v)
            .stringMap("attributes", i -> i.attributes, (i, v) -> i.attributes = v)
            .string("raisedAt", i -> i.raisedAt, (i, v) -> i.raisedAt = v)
            .string("publishedAt", i -> i.publishedAt, (i, v) -> i.publishedAt = v)
            .integer("attempts", i -> i.attempts, (i, v) -> i.attempts = v)
            .longNumber(Keys.EXPIRES_AT, i -> i.expiresAt, (i, v) -> i.expiresAt = v)
            .dueIndexKeys(i -> i.duePartition, (i, v) -> i.duePartition = v,
                    i -> i.dueOrder, (i, v) -> i.dueOrder = v)
            .build();
}

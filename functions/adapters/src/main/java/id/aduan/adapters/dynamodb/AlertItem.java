package id.aduan.adapters.dynamodb;

import id.aduan.core.alert.Alert;
import id.aduan.core.alert.RecordedAlert;
import java.time.Duration;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

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


    /** Mapped by hand, not by a schema of lambdas: see {@link StoredAttributes}. */
    static final ItemCodec<AlertItem> SCHEMA = new ItemCodec<>() {
        @Override
        public Map<String, AttributeValue> itemToMap(AlertItem item) {
            return StoredAttributes.writing(12)
                    .put(Keys.PK, item.pk)
                    .put(Keys.SK, item.sk)
                    .put("kind", item.kind)
                    .put("subject", item.subject)
                    .put("text", item.text)
                    .putStringMap("attributes", item.attributes)
                    .put("raisedAt", item.raisedAt)
                    .put("publishedAt", item.publishedAt)
                    .put("attempts", item.attempts)
                    .put(Keys.EXPIRES_AT, item.expiresAt)
                    .put(Keys.DUE_PK, item.duePartition)
                    .put(Keys.DUE_SK, item.dueOrder)
                    .attributes();
        }

        @Override
        public AlertItem mapToItem(Map<String, AttributeValue> attributes) {
            var stored = StoredAttributes.reading(attributes);
            var item = new AlertItem();
            item.pk = stored.string(Keys.PK);
            item.sk = stored.string(Keys.SK);
            item.kind = stored.string("kind");
            item.subject = stored.string("subject");
            item.text = stored.string("text");
            item.attributes = stored.stringMap("attributes");
            item.raisedAt = stored.string("raisedAt");
            item.publishedAt = stored.string("publishedAt");
            item.attempts = stored.integer("attempts");
            item.expiresAt = stored.longNumber(Keys.EXPIRES_AT);
            item.duePartition = stored.string(Keys.DUE_PK);
            item.dueOrder = stored.string(Keys.DUE_SK);
            return item;
        }
    };
}

package id.aduan.adapters.dynamodb;

import id.aduan.core.ingest.DeadDelivery;
import id.aduan.core.ingest.DeadDeliveryPage;
import id.aduan.core.ingest.DeliveryRecord;
import id.aduan.core.ingest.DeliverySummary;
import id.aduan.core.ingest.RawDelivery;
import id.aduan.core.ingest.RawDeliveryStore;
import id.aduan.core.ingest.StoredDelivery;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Keeps webhook bodies gzip-compressed for 30 days. JSON compresses several times over, so even Meta's
 * largest batches fit one item; a body that still does not fit continues in part items.
 */
public final class DynamoDbRawDeliveryStore implements RawDeliveryStore {

    /** Kept for replay well beyond Meta's own 36 hours of retries. */
    private static final Duration RETENTION = Duration.ofDays(30);
    /** Stays under DynamoDB's 400 KB item limit with room for the other attributes. */
    static final int PART_BYTES = 350_000;
    private static final int MAX_PROBLEMS = 50;

    private final ComplaintTable table;
    private final Clock clock;

    public DynamoDbRawDeliveryStore(ComplaintTable table, Clock clock) {
        this.table = table;
        this.clock = clock;
    }

    @Override
    public Optional<DeliveryRecord> storeIfAbsent(RawDelivery delivery, Instant retryAt) {
        var compressed = gzip(delivery.body());
        var parts = split(compressed);
        var pk = Keys.rawDelivery(delivery.id());
        // Parts first: a header never points at parts that are not there. Rewriting them is harmless.
        for (int i = 1; i < parts.size(); i++) {
            var part = new RawDeliveryItem();
            part.pk = pk;
            part.sk = Keys.rawPart(i);
            part.body = SdkBytes.fromByteArray(parts.get(i));
            part.expiresAt = expiry(delivery.receivedAt());
            table.put(RawDeliveryItem.SCHEMA, part);
        }
        var header = new RawDeliveryItem();
        header.pk = pk;
        header.sk = Keys.RAW_SK;
        header.body = SdkBytes.fromByteArray(parts.getFirst());
        header.bodyBytes = delivery.body().length;
        header.parts = parts.size();
        header.receivedAt = Keys.time(delivery.receivedAt());
        header.status = DeliveryRecord.Status.RECEIVED.name();
        header.attempts = 0;
        header.expiresAt = expiry(delivery.receivedAt());
        header.duePartition = Keys.RETRY_PARTITION;
        header.dueOrder = Keys.due(retryAt, delivery.id());
        try {
            table.client.putItem(PutItemRequest.builder()
                    .tableName(table.name)
                    .item(RawDeliveryItem.SCHEMA.itemToMap(header))
                    .conditionExpression("attribute_not_exists(PK)")
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
                    .build());
            return Optional.empty();
        } catch (ConditionalCheckFailedException existing) {
            return Optional.of(toRecord(RawDeliveryItem.SCHEMA.mapToItem(existing.item())));
        }
    }

    @Override
    public Optional<StoredDelivery> load(String id) {
        var pk = Keys.rawDelivery(id);
        var found = table.item(RawDeliveryItem.SCHEMA, pk, Keys.RAW_SK, false);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var header = found.get();
        var compressed = new ByteArrayOutputStream();
        compressed.writeBytes(header.body.asByteArrayUnsafe());
        if (header.parts != null && header.parts > 1) {
            table.partition(pk, Keys.RAW_PART_PREFIX)
                    .map(RawDeliveryItem.SCHEMA::mapToItem)
                    .forEach(part -> compressed.writeBytes(part.body.asByteArrayUnsafe()));
        }
        var record = toRecord(header);
        return Optional.of(new StoredDelivery(
                new RawDelivery(id, gunzip(compressed.toByteArray()), record.receivedAt()), record));
    }

    @Override
    public void markProcessed(String id, DeliverySummary summary) {
        update(id, "SET #status = :status, outcomes = :outcomes, problems = :problems, processedAt = :now"
                + " REMOVE " + Keys.DUE_PK + ", " + Keys.DUE_SK, DeliveryRecord.Status.PROCESSED, summary, Map.of());
    }

    @Override
    public void markFailed(String id, DeliverySummary summary, Instant retryAt) {
        var values = new HashMap<String, AttributeValue>();
        values.put(":one", AttributeValue.fromN("1"));
        String schedule;
        if (retryAt == null) {
            schedule = " REMOVE " + Keys.DUE_PK + ", " + Keys.DUE_SK;
        } else {
            schedule = ", " + Keys.DUE_PK + " = :retryPartition, " + Keys.DUE_SK + " = :retryAt";
            values.put(":retryPartition", AttributeValue.fromS(Keys.RETRY_PARTITION));
            values.put(":retryAt", AttributeValue.fromS(Keys.due(retryAt, id)));
        }
        update(id, "SET #status = :status, outcomes = :outcomes, problems = :problems, processedAt = :now"
                + schedule + " ADD attempts :one", DeliveryRecord.Status.FAILED, summary, values);
    }

    @Override
    public void markInvalid(String id, String reason) {
        update(id, "SET #status = :status, outcomes = :outcomes, problems = :problems, processedAt = :now"
                        + " REMOVE " + Keys.DUE_PK + ", " + Keys.DUE_SK, DeliveryRecord.Status.INVALID,
                new DeliverySummary(Map.of(), List.of(reason), List.of(), true), Map.of());
    }

    @Override
    public void markDead(String id, DeliverySummary summary) {
        update(id, "SET #status = :status, outcomes = :outcomes, problems = :problems, processedAt = :now, "
                        + Keys.DUE_PK + " = :deadPartition, " + Keys.DUE_SK + " = :deadAt",
                DeliveryRecord.Status.DEAD, summary, Map.of(
                        ":deadPartition", AttributeValue.fromS(Keys.DEAD_PARTITION),
                        ":deadAt", AttributeValue.fromS(Keys.due(clock.instant(), id))));
    }

    @Override
    public DeadDeliveryPage dead(int limit, Optional<String> resumeAfter) {
        var entries = resumeAfter
                .map(position -> BoundedQuery.newestBefore(table, BoundedQuery.Index.DUE, Keys.DEAD_PARTITION, position,
                        limit, DueEntry::of))
                .orElseGet(() -> BoundedQuery.newestOf(table, BoundedQuery.Index.DUE, Keys.DEAD_PARTITION, limit,
                        DueEntry::of))
                .toList();
        var dead = new ArrayList<DeadDelivery>();
        for (DueEntry entry : entries) {
            // The index keeps keys only; the reasons are on the delivery's header.
            var header = table.item(RawDeliveryItem.SCHEMA, entry.pk(), Keys.RAW_SK, false).orElse(null);
            if (header != null && DeliveryRecord.Status.DEAD.name().equals(header.status)) {
                dead.add(new DeadDelivery(Keys.rawDeliveryOf(header.pk), Keys.parseTime(header.receivedAt),
                        Keys.parseTime(header.processedAt), header.problems == null ? List.of() : header.problems));
            }
        }
        return new DeadDeliveryPage(dead, entries.size() < limit ? Optional.empty() : Optional.of(entries.getLast().dueOrder()));
    }

    @Override
    public void markHeld(String id, DeliverySummary summary) {
        // The hold items first: a HELD delivery is always found again when its account is registered.
        for (String account : summary.heldFor()) {
            table.client.putItem(request -> request.tableName(table.name).item(Map.of(
                    Keys.PK, AttributeValue.fromS(Keys.heldDeliveries(account)),
                    Keys.SK, AttributeValue.fromS(id),
                    Keys.EXPIRES_AT, AttributeValue.fromN(Long.toString(expiry(clock.instant()))))));
        }
        update(id, "SET #status = :status, outcomes = :outcomes, problems = :problems, processedAt = :now"
                + " REMOVE " + Keys.DUE_PK + ", " + Keys.DUE_SK, DeliveryRecord.Status.HELD, summary, Map.of());
    }

    /**
     * Schedules the deliveries held for {@code account} to be taken in again at {@code at} (by
     * {@code DeliveryRetryFunction}); returns how many there were.
     */
    public int releaseHeld(String account, Instant at) {
        var held = table.partition(Keys.heldDeliveries(account)).map(item -> item.get(Keys.SK).s()).toList();
        for (String id : held) {
            try {
                table.client.updateItem(request -> request.tableName(table.name)
                        .key(Map.of(Keys.PK, AttributeValue.fromS(Keys.rawDelivery(id)),
                                Keys.SK, AttributeValue.fromS(Keys.RAW_SK)))
                        .updateExpression("SET " + Keys.DUE_PK + " = :retry, " + Keys.DUE_SK + " = :at")
                        .conditionExpression("#status = :held")
                        .expressionAttributeNames(Map.of("#status", "status"))
                        .expressionAttributeValues(Map.of(":retry", AttributeValue.fromS(Keys.RETRY_PARTITION),
                                ":at", AttributeValue.fromS(Keys.due(at, id)),
                                ":held", AttributeValue.fromS(DeliveryRecord.Status.HELD.name()))));
            } catch (ConditionalCheckFailedException takenInOrExpired) {
                // Taken in meanwhile (Meta sent it again), or expired: nothing left to schedule.
            }
            table.client.deleteItem(request -> request.tableName(table.name).key(Map.of(
                    Keys.PK, AttributeValue.fromS(Keys.heldDeliveries(account)), Keys.SK, AttributeValue.fromS(id))));
        }
        return held.size();
    }

    @Override
    public List<String> dueForRetry(Instant now, int limit) {
        return DueEntry.dueBy(table, Keys.RETRY_PARTITION, now, limit)
                .map(entry -> Keys.rawDeliveryOf(entry.pk()))
                .toList();
    }

    private void update(String id, String expression, DeliveryRecord.Status status, DeliverySummary summary,
                        Map<String, AttributeValue> extraValues) {
        var values = new HashMap<>(extraValues);
        values.put(":status", AttributeValue.fromS(status.name()));
        values.put(":now", AttributeValue.fromS(Keys.time(clock.instant())));
        var outcomes = new HashMap<String, AttributeValue>();
        summary.outcomes().forEach((kind, count) -> outcomes.put(kind, AttributeValue.fromN(count.toString())));
        values.put(":outcomes", AttributeValue.fromM(outcomes));
        values.put(":problems", AttributeValue.fromL(summary.allProblems().stream().limit(MAX_PROBLEMS)
                .map(AttributeValue::fromS).toList()));
        table.client.updateItem(UpdateItemRequest.builder()
                .tableName(table.name)
                .key(Map.of(Keys.PK, AttributeValue.fromS(Keys.rawDelivery(id)),
                        Keys.SK, AttributeValue.fromS(Keys.RAW_SK)))
                .updateExpression(expression)
                .conditionExpression("attribute_exists(PK)")
                .expressionAttributeNames(Map.of("#status", "status"))
                .expressionAttributeValues(values)
                .build());
    }

    private static DeliveryRecord toRecord(RawDeliveryItem item) {
        return new DeliveryRecord(Keys.rawDeliveryOf(item.pk), Keys.parseTime(item.receivedAt),
                DeliveryRecord.Status.valueOf(item.status), item.attempts == null ? 0 : item.attempts);
    }

    private long expiry(Instant receivedAt) {
        return receivedAt.plus(RETENTION).getEpochSecond();
    }

    private static List<byte[]> split(byte[] bytes) {
        var parts = new ArrayList<byte[]>();
        for (int from = 0; from < bytes.length || parts.isEmpty(); from += PART_BYTES) {
            parts.add(Arrays.copyOfRange(bytes, from, Math.min(bytes.length, from + PART_BYTES)));
        }
        return parts;
    }

    private static byte[] gzip(byte[] body) {
        var out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (var gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] gunzip(byte[] compressed) {
        try (var gzip = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return gzip.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("stored delivery is corrupt", e);
        }
    }
}

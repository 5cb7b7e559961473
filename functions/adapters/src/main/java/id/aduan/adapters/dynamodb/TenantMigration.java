package id.aduan.adapters.dynamodb;

import id.aduan.core.kernel.Tenant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Once, when a stack starts serving tenants: moves what it stored before under its first tenant's keys
 * ({@link KeyOwnership}) and leaves the platform's items as they are.
 *
 * <p>It walks the table with a paginated Scan, in parallel segments if asked, and never holds more than
 * a page per segment. Each item is moved by one transaction: put the new item if its key is free, delete
 * the old one if every attribute is still as read. An item changed meanwhile (the delete's condition
 * fails) is read again and moved as it now is, so no change is lost; one deleted meanwhile has nothing
 * left to move. A run stopped half-way leaves each item either moved or not, so running again finishes
 * the work and never moves anything twice. A dry run counts and writes nothing; a dry run after a run is
 * its verification: nothing left to move.
 */
public final class TenantMigration {

    /** What became of one item. */
    public enum Outcome {
        /** Moved under the tenant. */
        MOVED,
        /** A dry run: would be moved. */
        TO_MOVE,
        /** The platform's: left as it is. */
        PLATFORM,
        /** Already under a tenant: left as it is. */
        UNDER_A_TENANT,
        /** Deleted between the read and the move: nothing to move. */
        GONE,
        /** Kept changing between reads and moves: left for the next run. */
        CHANGED,
        /** Another item holds the new key already: left, for an operator to look at. */
        CLASHED,
        /** Its partition is in no row of the rule: left, for an operator to look at. */
        UNKNOWN
    }

    /** What a run found, by partition kind (a {@link KeyOwnership.Partition}'s prefix, else the key's first segment). */
    public record Summary(SortedMap<String, Map<Outcome, Long>> byPartition) {

        public long count(Outcome outcome) {
            return byPartition.values().stream().mapToLong(counts -> counts.getOrDefault(outcome, 0L)).sum();
        }

        public long count(String partition, Outcome outcome) {
            return byPartition.getOrDefault(partition, Map.of()).getOrDefault(outcome, 0L);
        }

        /** Items a government owns that are not under a tenant yet, or that the rule does not know. */
        public long left() {
            return count(Outcome.TO_MOVE) + count(Outcome.CHANGED) + count(Outcome.CLASHED) + count(Outcome.UNKNOWN);
        }
    }

    private static final int PAGE = 100;
    /** Reads and moves of an item that keeps changing before it is left to the next run. */
    private static final int ATTEMPTS = 3;

    private final DynamoDbClient client;
    private final String table;
    private final Tenant tenant;

    public TenantMigration(DynamoDbClient client, String table, Tenant tenant) {
        this.client = client;
        this.table = table;
        this.tenant = tenant;
    }

    /**
     * Moves every item a government owns (with {@code dryRun}, only counts), scanning in {@code segments}
     * parallel segments; {@code page} hears the running summary after each page of any segment.
     */
    public Summary run(boolean dryRun, int segments, Consumer<Summary> page) {
        if (segments < 1) {
            throw new IllegalArgumentException("segments must be 1 or more, not " + segments);
        }
        var tally = new Tally();
        if (segments == 1) {
            walk(dryRun, scan(0, 1), tally, page);
            return tally.summary();
        }
        try (var pool = Executors.newFixedThreadPool(segments)) {
            var walks = new ArrayList<Future<?>>();
            for (int segment = 0; segment < segments; segment++) {
                var request = scan(segment, segments);
                walks.add(pool.submit(() -> walk(dryRun, request, tally, page)));
            }
            for (Future<?> walk : walks) {
                join(walk);
            }
        }
        return tally.summary();
    }

    private ScanRequest scan(int segment, int segments) {
        var request = ScanRequest.builder().tableName(table).limit(PAGE).consistentRead(true);
        if (segments > 1) {
            request.segment(segment).totalSegments(segments);
        }
        return request.build();
    }

    private void walk(boolean dryRun, ScanRequest request, Tally tally, Consumer<Summary> page) {
        for (var response : client.scanPaginator(request)) {
            for (Map<String, AttributeValue> item : response.items()) {
                var pk = item.get(Keys.PK).s();
                tally.add(KeyOwnership.partitionOf(pk).map(KeyOwnership.Partition::prefix).orElse(firstSegment(pk)),
                        outcome(item, dryRun));
            }
            page.accept(tally.summary());
        }
    }

    private Outcome outcome(Map<String, AttributeValue> item, boolean dryRun) {
        var pk = item.get(Keys.PK).s();
        var partition = KeyOwnership.partitionOf(pk);
        if (partition.isEmpty()) {
            return Outcome.UNKNOWN;
        }
        if (KeyOwnership.underATenant(pk)) {
            return Outcome.UNDER_A_TENANT;
        }
        if (partition.get().ownerOf(item) == KeyOwnership.Owner.PLATFORM) {
            return Outcome.PLATFORM;
        }
        return dryRun ? Outcome.TO_MOVE : move(item);
    }

    private Outcome move(Map<String, AttributeValue> read) {
        var current = read;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                moveOnce(current);
                return Outcome.MOVED;
            } catch (TransactionCanceledException cancelled) {
                if (cancelled.cancellationReasons().stream().anyMatch(reason -> "TransactionConflict".equals(reason.code()))) {
                    continue;
                }
                var now = reread(current);
                if (now == null) {
                    return Outcome.GONE;
                }
                if (now.equals(current)) {
                    return Outcome.CLASHED;
                }
                current = now;
            }
        }
        return Outcome.CHANGED;
    }

    private void moveOnce(Map<String, AttributeValue> old) {
        var names = new HashMap<String, String>();
        var values = new HashMap<String, AttributeValue>();
        var unchanged = new StringBuilder();
        int n = 0;
        for (var attribute : old.entrySet()) {
            names.put("#a" + n, attribute.getKey());
            values.put(":a" + n, attribute.getValue());
            unchanged.append(n == 0 ? "" : " AND ").append("#a").append(n).append(" = :a").append(n);
            n++;
        }
        var put = Put.builder().tableName(table).item(KeyOwnership.underTenant(old, tenant))
                .conditionExpression("attribute_not_exists(#pk)").expressionAttributeNames(Map.of("#pk", Keys.PK))
                .build();
        var delete = Delete.builder().tableName(table).key(keyOf(old))
                .conditionExpression(unchanged.toString()).expressionAttributeNames(names)
                .expressionAttributeValues(values).build();
        // The token makes the SDK's own retry of a transaction that did go through a no-op, not a failure.
        client.transactWriteItems(request -> request.clientRequestToken(UUID.randomUUID().toString())
                .transactItems(TransactWriteItem.builder().put(put).build(),
                        TransactWriteItem.builder().delete(delete).build()));
    }

    private Map<String, AttributeValue> reread(Map<String, AttributeValue> item) {
        var response = client.getItem(request -> request.tableName(table).key(keyOf(item)).consistentRead(true));
        return response.hasItem() && !response.item().isEmpty() ? response.item() : null;
    }

    private static Map<String, AttributeValue> keyOf(Map<String, AttributeValue> item) {
        return Map.of(Keys.PK, item.get(Keys.PK), Keys.SK, item.get(Keys.SK));
    }

    private static String firstSegment(String pk) {
        int end = pk.indexOf('#');
        return end < 0 ? pk : pk.substring(0, end + 1);
    }

    private static void join(Future<?> walk) {
        try {
            walk.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while moving", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The counts of every segment's walk so far. */
    private static final class Tally {
        private final SortedMap<String, Map<Outcome, Long>> counts = new TreeMap<>();

        synchronized void add(String partition, Outcome outcome) {
            counts.computeIfAbsent(partition, p -> new EnumMap<>(Outcome.class)).merge(outcome, 1L, Long::sum);
        }

        synchronized Summary summary() {
            var copy = new TreeMap<String, Map<Outcome, Long>>();
            counts.forEach((partition, outcomes) -> copy.put(partition, Map.copyOf(outcomes)));
            return new Summary(Collections.unmodifiableSortedMap(copy));
        }
    }
}

package id.aduan.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.aduan.adapters.aws.AwsClients;
import id.aduan.adapters.config.Settings;
import id.aduan.adapters.dynamodb.ComplaintTable;
import id.aduan.adapters.dynamodb.DynamoDbComplaintCounting;
import id.aduan.adapters.dynamodb.DynamoDbComplaintStore;
import id.aduan.adapters.dynamodb.TenantMigration;
import id.aduan.adapters.dynamodb.TenantMigration.Outcome;
import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.complaint.TrackingCode;
import id.aduan.core.desk.QueueCounts;
import id.aduan.core.kernel.Status;
import id.aduan.core.kernel.Tenant;
import id.aduan.testkit.AwsEmulatorExtension;
import id.aduan.testkit.Deployment;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

/**
 * {@code ./aduan migrate-tenant} on a table written by the code before tenants ({@link OldLayoutTable}):
 * what a government owns ends under {@code 32.73#}, the platform's items are untouched, and a re-run,
 * an interruption or a write racing the move loses and doubles nothing.
 */
@ExtendWith(AwsEmulatorExtension.class)
class TenantMigrationIT {

    private static final Tenant BANDUNG = new Tenant("32.73");
    /** The platform's partitions as the design lists them; every other item is a government's. */
    private static final List<String> PLATFORM_PREFIXES = List.of("RAW#", "HELD#", "UNKNOWN_ACCOUNTS", "ACTIVITY",
            "PAUSE#", "PRIVATE_REPLIES#", "NOTICE#");
    private static final Set<String> INDEX_PARTITION_KEYS = Set.of("GSI1PK", "UNITPK", "ASGPK", "DUEPK", "DUPPK",
            "PERIODPK", "REPORTERPK");

    private Deployment deployment;
    private DynamoDbClient client;
    private String table;

    @BeforeEach
    void loadTheOldLayout(Deployment deployment) {
        this.deployment = deployment;
        client = deployment.dynamoDb();
        table = deployment.ref("ComplaintsTable");
        OldLayoutTable.load(client, table);
    }

    @Test
    void theFixtureHoldsEveryKindOfItemTheOldCodeWrote() {
        var keys = OldLayoutTable.items().stream().map(item -> item.get("PK").s() + " " + item.get("SK").s()).toList();

        for (String kind : List.of("C#", "IG#", "T#", "AWAIT#", "CODE#", "CFG ", "CFG#TRIAGE", "LEARN#", "TEXTHASH#",
                "STAFF#", "FETCH#", "ALERTS#", "ALERTGROUPS#", "RAW#", "HELD#", "UNKNOWN_ACCOUNTS", "ACTIVITY", "PAUSE#",
                "PRIVATE_REPLIES#", "NOTICE#", "CFG ACCOUNTS")) {
            assertThat(keys).as(kind).anyMatch(key -> key.startsWith(kind));
        }
        for (String child : List.of(" M#", " E#", " R#", " PRIVATE#")) {
            assertThat(keys).as(child).anyMatch(key -> key.startsWith("C#") && key.contains(child));
        }
        assertThat(OldLayoutTable.items()).extracting(item -> item.getOrDefault("DUEPK", AttributeValue.fromS("")).s())
                .contains("SLA#0", "ERASE", "FETCH", "OUTBOX", "RETRY", "DEAD");
        assertThat(OldLayoutTable.items()).filteredOn(item -> item.get("PK").s().startsWith("ALERTS#"))
                .extracting(item -> item.get("kind").s()).contains("OPERATIONS", "SLA_WARNING", "SLA_BREACH", "DIGEST");
    }

    @Test
    void aDryRunCountsWhatWouldMoveByPartitionAndWritesNothing() {
        var before = deployment.items("ComplaintsTable");

        var summary = migration(client).run(true, 1, page -> { });

        assertThat(deployment.items("ComplaintsTable")).isEqualTo(before);
        assertThat(summary.count(Outcome.TO_MOVE)).isEqualTo(governments(OldLayoutTable.items()).size());
        assertThat(summary.count(Outcome.PLATFORM)).isEqualTo(before.size() - governments(before).size());
        assertThat(summary.count(Outcome.MOVED)).isZero();
        assertThat(summary.count("C#", Outcome.TO_MOVE))
                .isEqualTo(before.stream().filter(item -> item.get("PK").s().startsWith("C#")).count());
        assertThat(summary.count("CFG", Outcome.PLATFORM)).as("the accounts section").isEqualTo(1);
        assertThat(summary.count(Outcome.UNKNOWN)).isZero();
    }

    @Test
    void everyItemAGovernmentOwnsMovesUnderTheTenantWithItsIndexValuesAndThePlatformsStayByteForByte() {
        var before = deployment.items("ComplaintsTable");

        var summary = migration(client).run(false, 4, page -> { });

        var after = byKey(deployment.items("ComplaintsTable"));
        assertThat(after).hasSameSizeAs(before);
        assertThat(summary.count(Outcome.MOVED)).isEqualTo(governments(before).size());
        for (var item : before) {
            if (governments(List.of(item)).isEmpty()) {
                assertThat(after.get(key(item))).as(key(item)).isEqualTo(item);
                continue;
            }
            var moved = after.get("32.73#" + key(item));
            assertThat(moved).as(key(item)).isNotNull().containsOnlyKeys(item.keySet());
            item.forEach((name, value) -> assertThat(moved.get(name)).as(key(item) + " " + name).isEqualTo(
                    name.equals("PK") || (INDEX_PARTITION_KEYS.contains(name)) ? AttributeValue.fromS("32.73#" + value.s())
                            : value));
        }
        assertThat(after.values()).filteredOn(item -> item.containsKey("DUEPK")).extracting(item -> item.get("DUEPK").s())
                .contains("32.73#SLA#0", "32.73#ERASE", "32.73#FETCH", "32.73#OUTBOX", "OUTBOX", "RETRY", "DEAD");
        assertThat(migration(client).run(true, 1, page -> { }).left()).as("the verification pass").isZero();
    }

    @Test
    void theMigratedTableReadsThroughTheFirstTenantsStoresAsTheOldCodeWroteItAndNotThroughAnothers() {
        var complaints = OldLayoutTable.items().stream()
                .filter(item -> item.get("PK").s().startsWith("C#") && item.get("SK").s().equals("META")).toList();
        long open = complaints.stream().filter(item -> QueueCounts.OPEN.contains(Status.valueOf(item.get("status").s())))
                .count();

        migration(client).run(false, 1, page -> { });

        var bandung = new ComplaintTable(client, table).forTenant(BANDUNG);
        var store = new DynamoDbComplaintStore(bandung);
        var garuts = new DynamoDbComplaintStore(new ComplaintTable(client, table).forTenant(new Tenant("32.05")));
        assertThat(complaints).hasSizeGreaterThan(10).allSatisfy(item -> {
            var id = new ComplaintId(item.get("id").s());
            var code = new TrackingCode(item.get("trackingCode").s());
            assertThat(store.load(id)).as(id.value()).hasValueSatisfying(detail -> {
                assertThat(detail.complaint().trackingCode()).isEqualTo(code);
                assertThat(detail.complaint().status().name()).isEqualTo(item.get("status").s());
                assertThat(detail.timeline()).isNotEmpty();
            });
            assertThat(store.findByTrackingCode(code)).contains(id);
            assertThat(garuts.load(id)).isEmpty();
        });
        assertThat(open).isPositive();
        var counts = new DynamoDbComplaintCounting(bandung).count(null, Instant.now());
        assertThat(counts.byStatus().values().stream().mapToInt(Integer::intValue).sum() + counts.notComplaintSuggested())
                .as("every open complaint in the first tenant's queues").isEqualTo((int) open);
    }

    @Test
    void aSecondRunMovesNothingAndChangesNothing() {
        migration(client).run(false, 1, page -> { });
        var migrated = deployment.items("ComplaintsTable");

        var again = migration(client).run(false, 2, page -> { });

        assertThat(again.count(Outcome.MOVED)).isZero();
        assertThat(again.count(Outcome.UNDER_A_TENANT)).isEqualTo(governments(OldLayoutTable.items()).size());
        assertThat(deployment.items("ComplaintsTable")).isEqualTo(migrated);
    }

    @Test
    void aRunStoppedHalfWayThenResumedEndsInTheSameTableAsAnUninterruptedRun() {
        migration(client).run(false, 1, page -> { });
        var uninterrupted = deployment.items("ComplaintsTable");
        uninterrupted.forEach(item -> client.deleteItem(request -> request.tableName(table).key(Map.of("PK", item.get("PK"),
                "SK", item.get("SK")))));
        OldLayoutTable.load(client, table);
        var moves = new AtomicInteger();
        // The 40th move reaches the table and is applied, and the process dies before it hears so.
        var dying = clientWith(new ExecutionInterceptor() {
            @Override
            public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes attributes) {
                if (context.request() instanceof TransactWriteItemsRequest && moves.incrementAndGet() == 40) {
                    throw new IllegalStateException("the process stopped");
                }
            }
        });

        assertThatThrownBy(() -> migration(dying).run(false, 1, page -> { })).hasMessageContaining("the process stopped");
        var halfWay = migration(client).run(true, 1, page -> { });
        var resumed = migration(client).run(false, 1, page -> { });

        assertThat(halfWay.count(Outcome.UNDER_A_TENANT)).isEqualTo(40);
        assertThat(resumed.count(Outcome.MOVED)).isEqualTo(governments(OldLayoutTable.items()).size() - 40);
        assertThat(deployment.items("ComplaintsTable")).isEqualTo(uninterrupted);
    }

    @Test
    void aChangeBetweenTheReadAndTheMoveIsMovedWithTheItemNotLost() {
        var complaint = OldLayoutTable.items().stream().filter(item -> item.get("PK").s().startsWith("C#")
                && item.get("SK").s().equals("META")).findFirst().orElseThrow();
        var changed = new AtomicBoolean();
        // A staff member's write lands after the migration read the complaint and before it moves it.
        var racing = clientWith(new ExecutionInterceptor() {
            @Override
            public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                if (context.request() instanceof TransactWriteItemsRequest move
                        && move.transactItems().get(1).delete().key().get("PK").equals(complaint.get("PK"))
                        && changed.compareAndSet(false, true)) {
                    client.updateItem(request -> request.tableName(table)
                            .key(Map.of("PK", complaint.get("PK"), "SK", complaint.get("SK")))
                            .updateExpression("SET priority = :urgent, revision = revision + :one")
                            .expressionAttributeValues(Map.of(":urgent", AttributeValue.fromS("URGENT"),
                                    ":one", AttributeValue.fromN("1"))));
                }
            }
        });

        var summary = migration(racing).run(false, 1, page -> { });

        assertThat(changed).isTrue();
        assertThat(summary.count(Outcome.MOVED)).isEqualTo(governments(OldLayoutTable.items()).size());
        var moved = byKey(deployment.items("ComplaintsTable")).get("32.73#" + key(complaint));
        assertThat(moved.get("priority").s()).isEqualTo("URGENT");
        assertThat(Long.parseLong(moved.get("revision").n())).isEqualTo(Long.parseLong(complaint.get("revision").n()) + 1);
        assertThat(byKey(deployment.items("ComplaintsTable"))).doesNotContainKey(key(complaint));
    }

    @Test
    void anOldItemWhoseNewKeyIsTakenIsLeftAsItIsAndCountedForAnOperator() {
        var code = OldLayoutTable.items().stream().filter(item -> item.get("PK").s().startsWith("CODE#")).findFirst()
                .orElseThrow();
        var writtenByNewCode = new HashMap<>(code);
        writtenByNewCode.put("PK", AttributeValue.fromS("32.73#" + code.get("PK").s()));
        writtenByNewCode.put("complaintId", AttributeValue.fromS("01NEWER"));
        client.putItem(request -> request.tableName(table).item(writtenByNewCode));

        var summary = migration(client).run(false, 1, page -> { });

        assertThat(summary.count("CODE#", Outcome.CLASHED)).isEqualTo(1);
        var after = byKey(deployment.items("ComplaintsTable"));
        assertThat(after.get(key(code))).isEqualTo(code);
        assertThat(after.get(key(writtenByNewCode))).isEqualTo(writtenByNewCode);
        assertThat(migration(client).run(true, 1, page -> { }).left()).isEqualTo(1);
    }

    @Test
    void theCommandPrintsTheSummaryPerPartitionAndExitsZeroOnlyWhenNothingIsLeft() {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        var commands = new Commands(deployment.environment("StaffApiFunction"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        var before = deployment.items("ComplaintsTable");

        int dryRun = commands.run(List.of("migrate-tenant", "--tenant", "32.73", "--table", table, "--dry-run"));
        var dryRunOutput = out.toString(StandardCharsets.UTF_8);
        var unchanged = deployment.items("ComplaintsTable").equals(before);
        int run = commands.run(List.of("migrate-tenant", "--tenant", "32.73", "--table", table, "--segments", "2"));
        client.putItem(request -> request.tableName(table).item(Map.of("PK", AttributeValue.fromS("LEGACY#1"),
                "SK", AttributeValue.fromS("X"))));
        int withAnUnknownItem = commands.run(List.of("migrate-tenant", "--tenant", "32.73", "--table", table));

        assertThat(dryRun).isEqualTo(Commands.OK);
        assertThat(unchanged).isTrue();
        assertThat(dryRunOutput).contains("C#", "to move", "platform", "nothing written");
        assertThat(run).isEqualTo(Commands.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("moved " + governments(before).size() + " items",
                "verified");
        assertThat(withAnUnknownItem).isEqualTo(Commands.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("1 items a government owns are still not under a tenant",
                "LEGACY#", "unknown 1");
        assertThat(commands.run(List.of("migrate-tenant", "--tenant", "Bandung", "--table", table)))
                .isEqualTo(Commands.USAGE);
    }

    private TenantMigration migration(DynamoDbClient through) {
        return new TenantMigration(through, table, BANDUNG);
    }

    private DynamoDbClient clientWith(ExecutionInterceptor interceptor) {
        return new AwsClients(new Settings(deployment.environment("StaffApiFunction")), List.of(interceptor)).dynamoDb();
    }

    /** The items a government owns, by the design's list of what the platform owns. */
    private static List<Map<String, AttributeValue>> governments(List<Map<String, AttributeValue>> items) {
        Predicate<Map<String, AttributeValue>> platforms = item -> {
            var pk = item.get("PK").s();
            return PLATFORM_PREFIXES.stream().anyMatch(pk::startsWith)
                    || pk.equals("CFG") && item.get("SK").s().equals("ACCOUNTS")
                    || pk.startsWith("ALERTS#") && item.get("kind").s().equals("OPERATIONS");
        };
        return items.stream().filter(platforms.negate()).toList();
    }

    private static Map<String, Map<String, AttributeValue>> byKey(List<Map<String, AttributeValue>> items) {
        var byKey = new HashMap<String, Map<String, AttributeValue>>();
        items.forEach(item -> byKey.put(key(item), item));
        return byKey;
    }

    private static String key(Map<String, AttributeValue> item) {
        return item.get("PK").s() + " " + item.get("SK").s();
    }
}

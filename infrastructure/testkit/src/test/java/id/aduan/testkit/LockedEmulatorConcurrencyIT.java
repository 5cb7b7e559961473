package id.aduan.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * The emulator every test uses keeps DynamoDB's promises to concurrent writers: a condition passes for
 * exactly one of them, a transaction is all or nothing, and a cancelled transaction undoes only its own
 * items. On plain moto 5.2.1 each of these fails now and then.
 */
@ExtendWith(AwsEmulatorExtension.class)
class LockedEmulatorConcurrencyIT {

    private static final int WRITERS = 16;
    private static final int ROUNDS = 5;

    @Test
    void exactlyOneOfManyTransactionsOnTheSameVersionCommits(Deployment deployment) throws Exception {
        var table = deployment.ref("ComplaintsTable");
        var dynamo = deployment.dynamoDb();
        for (int round = 0; round < ROUNDS; round++) {
            var pk = "C#race-" + round;
            dynamo.putItem(put -> put.tableName(table).item(Map.of("PK", s(pk), "SK", s("META"), "version", n(1))));

            var outcomes = race(writer -> () -> {
                try {
                    dynamo.transactWriteItems(tx -> tx.transactItems(
                            TransactWriteItem.builder().update(Update.builder().tableName(table)
                                    .key(Map.of("PK", s(pk), "SK", s("META")))
                                    .updateExpression("SET version = :next")
                                    .conditionExpression("version = :read")
                                    .expressionAttributeValues(Map.of(":read", n(1), ":next", n(2)))
                                    .build()).build(),
                            TransactWriteItem.builder().put(Put.builder().tableName(table)
                                    .item(Map.of("PK", s(pk), "SK", s("E#" + writer))).build()).build()));
                    return true;
                } catch (TransactionCanceledException lost) {
                    return false;
                }
            });

            assertThat(outcomes).filteredOn(won -> won).hasSize(1);
            var events = dynamo.query(q -> q.tableName(table).keyConditionExpression("PK = :pk AND begins_with(SK, :e)")
                    .expressionAttributeValues(Map.of(":pk", s(pk), ":e", s("E#")))).items();
            assertThat(events).hasSize(1);
        }
    }

    @Test
    void exactlyOneConditionalPutClaimsAnObject(Deployment deployment) throws Exception {
        var table = deployment.ref("ComplaintsTable");
        var dynamo = deployment.dynamoDb();
        for (int round = 0; round < ROUNDS; round++) {
            var claim = "IG#claim-" + round;
            var outcomes = race(writer -> () -> {
                try {
                    dynamo.putItem(put -> put.tableName(table)
                            .item(Map.of("PK", s(claim), "SK", s("IG"), "owner", s("writer-" + writer)))
                            .conditionExpression("attribute_not_exists(PK)"));
                    return true;
                } catch (ConditionalCheckFailedException taken) {
                    return false;
                }
            });
            assertThat(outcomes).filteredOn(won -> won).hasSize(1);
        }
    }

    @Test
    void aCancelledTransactionLeavesOtherWritersItemsInPlace(Deployment deployment) throws Exception {
        var table = deployment.ref("ComplaintsTable");
        var dynamo = deployment.dynamoDb();
        dynamo.putItem(put -> put.tableName(table).item(Map.of("PK", s("C#guarded"), "SK", s("META"), "version", n(1))));

        var outcomes = race(writer -> () -> {
            if (writer % 2 == 0) {
                dynamo.putItem(put -> put.tableName(table).item(Map.of("PK", s("NOTE#" + writer), "SK", s("N"))));
                return true;
            }
            try {
                dynamo.transactWriteItems(tx -> tx.transactItems(
                        TransactWriteItem.builder().put(Put.builder().tableName(table)
                                .item(Map.of("PK", s("TX#" + writer), "SK", s("T"))).build()).build(),
                        TransactWriteItem.builder().update(Update.builder().tableName(table)
                                .key(Map.of("PK", s("C#guarded"), "SK", s("META")))
                                .updateExpression("SET version = :next")
                                .conditionExpression("version = :never")
                                .expressionAttributeValues(Map.of(":never", n(99), ":next", n(100)))
                                .build()).build()));
                return true;
            } catch (TransactionCanceledException cancelled) {
                return false;
            }
        });

        assertThat(outcomes).hasSize(WRITERS);
        for (int writer = 0; writer < WRITERS; writer++) {
            var key = writer % 2 == 0 ? Map.of("PK", s("NOTE#" + writer), "SK", s("N")) : Map.of("PK", s("TX#" + writer), "SK", s("T"));
            var found = dynamo.getItem(get -> get.tableName(table).key(key).consistentRead(true)).hasItem();
            assertThat(found).as("item of writer %d", writer).isEqualTo(writer % 2 == 0);
        }
    }

    private interface Writer {
        Callable<Boolean> task(int writer);
    }

    /** Starts every writer at once and returns whether each one's write took effect. */
    private static List<Boolean> race(Writer writer) throws Exception {
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(WRITERS)) {
            var futures = new ArrayList<Future<Boolean>>();
            for (int i = 0; i < WRITERS; i++) {
                var task = writer.task(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            var outcomes = new ArrayList<Boolean>();
            for (var future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        }
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(int value) {
        return AttributeValue.fromN(Integer.toString(value));
    }
}

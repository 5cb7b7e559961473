package id.aduan.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * The locked server answers a Query from the partition it names instead of walking the whole table:
 * after the same writes (puts, updates moving items between index partitions, removed index keys,
 * deletes, committed and cancelled transactions), every Query over the base table and two indexes,
 * both directions, paged, filtered and projected, answers page for page what plain moto answers.
 */
class LockedEmulatorQueryIT {

    private static final String TABLE = "query-equivalence";
    private static final int PARTITIONS = 20;
    private static final int INDEX_PARTITIONS = 8;

    private static MotoServer plain;
    private static MotoServer locked;
    private static DynamoDbClient plainDb;
    private static DynamoDbClient lockedDb;

    @BeforeAll
    static void startBoth() {
        plain = MotoServer.start(List.of("moto_server"), MotoServer.freePort());
        locked = MotoServer.start(MotoServer.freePort());
        plainDb = client(plain.endpoint());
        lockedDb = client(locked.endpoint());
        both(db -> db.createTable(table -> table.tableName(TABLE).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(string("PK"), string("SK"), string("G"), string("GS"))
                .keySchema(key("PK", KeyType.HASH), key("SK", KeyType.RANGE))
                .globalSecondaryIndexes(
                        GlobalSecondaryIndex.builder().indexName("ByGroup")
                                .keySchema(key("G", KeyType.HASH), key("GS", KeyType.RANGE))
                                .projection(Projection.builder().projectionType(ProjectionType.INCLUDE)
                                        .nonKeyAttributes("v").build()).build(),
                        GlobalSecondaryIndex.builder().indexName("GroupOnly")
                                .keySchema(key("G", KeyType.HASH))
                                .projection(Projection.builder().projectionType(ProjectionType.ALL).build()).build())));
    }

    @AfterAll
    static void stopBoth() {
        plain.close();
        locked.close();
    }

    @Test
    void everyQueryAnswersWhatPlainMotoAnswersAfterTheSameWrites() {
        var random = new Random(13);
        int queries = 0;
        int itemsSeen = 0;
        for (int step = 0; step < 500; step++) {
            var pk = "P#" + random.nextInt(PARTITIONS);
            var sk = "S#%03d".formatted(random.nextInt(40));
            var roll = random.nextInt(100);
            if (roll < 35) {
                var item = new HashMap<>(Map.of("PK", s(pk), "SK", s(sk), "v", n(random.nextInt(100)), "x", anyValue(random)));
                if (random.nextInt(5) > 0) {
                    item.put("G", s("G#" + random.nextInt(INDEX_PARTITIONS)));
                }
                if (random.nextInt(5) > 0) {
                    item.put("GS", s("%03d".formatted(random.nextInt(50))));
                }
                both(db -> db.putItem(put -> put.tableName(TABLE).item(item)));
            } else if (roll < 50) {
                var group = s("G#" + random.nextInt(INDEX_PARTITIONS));
                both(db -> db.updateItem(update -> update.tableName(TABLE).key(key(pk, sk))
                        .updateExpression("SET G = :g, v = :v")
                        .expressionAttributeValues(Map.of(":g", group, ":v", n(7)))));
            } else if (roll < 55) {
                both(db -> db.updateItem(update -> update.tableName(TABLE).key(key(pk, sk)).updateExpression("REMOVE G")));
            } else if (roll < 62) {
                both(db -> db.deleteItem(delete -> delete.tableName(TABLE).key(key(pk, sk))));
            } else if (roll < 70) {
                var other = key("P#" + random.nextInt(PARTITIONS), "S#999");
                var condition = random.nextBoolean() ? "attribute_exists(PK)" : "attribute_not_exists(PK)";
                var group = s("G#" + random.nextInt(INDEX_PARTITIONS));
                both(db -> db.transactWriteItems(tx -> tx.transactItems(
                        TransactWriteItem.builder().put(Put.builder().tableName(TABLE)
                                .item(Map.of("PK", s(pk), "SK", s(sk), "G", group, "GS", s("000"))).build()).build(),
                        TransactWriteItem.builder().update(Update.builder().tableName(TABLE).key(other)
                                .updateExpression("SET G = :g").conditionExpression(condition)
                                .expressionAttributeValues(Map.of(":g", s("G#1"))).build()).build())));
            } else {
                var query = aQuery(random, pk);
                var expected = pages(plainDb, query);
                assertThat(pages(lockedDb, query)).as("%s", query).isEqualTo(expected);
                queries++;
                itemsSeen += expected.stream().mapToInt(page -> page.items().size()).sum();
            }
        }
        assertThat(queries).isGreaterThan(100);
        assertThat(itemsSeen).as("items the queries found").isGreaterThan(queries);
    }

    @Test
    void anItemUpdatedIntoAnotherIndexPartitionIsFoundThereOnly() {
        lockedDb.putItem(put -> put.tableName(TABLE).item(Map.of("PK", s("P#moving"), "SK", s("S#1"),
                "G", s("G#before"), "GS", s("001"))));
        assertThat(groupMembers("G#before")).containsExactly("P#moving");

        lockedDb.updateItem(update -> update.tableName(TABLE).key(key("P#moving", "S#1"))
                .updateExpression("SET G = :g").expressionAttributeValues(Map.of(":g", s("G#after"))));

        assertThat(groupMembers("G#before")).isEmpty();
        assertThat(groupMembers("G#after")).containsExactly("P#moving");
        lockedDb.deleteItem(delete -> delete.tableName(TABLE).key(key("P#moving", "S#1")));
        assertThat(groupMembers("G#after")).isEmpty();
    }

    private static List<String> groupMembers(String group) {
        return lockedDb.query(query -> query.tableName(TABLE).indexName("GroupOnly")
                        .keyConditionExpression("G = :g").expressionAttributeValues(Map.of(":g", s(group))))
                .items().stream().map(item -> item.get("PK").s()).toList();
    }

    /** A value of each DynamoDB type in turn, so that the answers' JSON forms of all of them are compared. */
    private static AttributeValue anyValue(Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {(byte) random.nextInt(256), 0, -1}));
            case 1 -> AttributeValue.fromSs(List.of("a", "b" + random.nextInt(9)));
            case 2 -> AttributeValue.fromNs(List.of("1", "2.5", "-" + (1 + random.nextInt(9))));
            case 3 -> AttributeValue.fromBs(List.of(SdkBytes.fromUtf8String("x"),
                    SdkBytes.fromByteArray(new byte[] {(byte) (1 + random.nextInt(255))})));
            case 4 -> AttributeValue.fromL(List.of(s("jalan \u00e9 \u4e2d"), n(random.nextInt(9)), AttributeValue.fromBool(true)));
            case 5 -> AttributeValue.fromM(Map.of("inner", AttributeValue.fromM(Map.of("b", AttributeValue.fromB(
                    SdkBytes.fromUtf8String("y")))), "none", AttributeValue.fromNul(true)));
            case 6 -> AttributeValue.fromBool(random.nextBoolean());
            default -> s("\"quoted\" \\ and a\nnew line");
        };
    }

    private static QueryRequest aQuery(Random random, String pk) {
        var group = s("G#" + random.nextInt(INDEX_PARTITIONS));
        var query = switch (random.nextInt(4)) {
            case 0 -> QueryRequest.builder().keyConditionExpression("PK = :p")
                    .expressionAttributeValues(Map.of(":p", s(pk)));
            case 1 -> QueryRequest.builder().keyConditionExpression("PK = :p AND begins_with(SK, :s)")
                    .expressionAttributeValues(Map.of(":p", s(pk), ":s", s("S#0")));
            case 2 -> QueryRequest.builder().indexName("ByGroup").keyConditionExpression("G = :g AND GS >= :from")
                    .expressionAttributeValues(Map.of(":g", group, ":from", s("%03d".formatted(random.nextInt(50)))));
            default -> QueryRequest.builder().indexName("GroupOnly").keyConditionExpression("G = :g")
                    .filterExpression("v > :v").projectionExpression("PK, SK, v")
                    .expressionAttributeValues(Map.of(":g", group, ":v", n(30)));
        };
        return query.tableName(TABLE).scanIndexForward(random.nextBoolean())
                .limit(List.of(1, 3, 7, 100).get(random.nextInt(4))).build();
    }

    /** What a page answers, without the request ids that differ between servers. */
    private record Page(List<Map<String, AttributeValue>> items, Map<String, AttributeValue> lastEvaluatedKey,
                        int count, int scannedCount) {
    }

    private static List<Page> pages(DynamoDbClient db, QueryRequest query) {
        var pages = new ArrayList<Page>();
        var request = query;
        while (true) {
            var page = db.query(request);
            pages.add(new Page(page.items(), page.lastEvaluatedKey(), page.count(), page.scannedCount()));
            if (!page.hasLastEvaluatedKey() || page.lastEvaluatedKey().isEmpty()) {
                return pages;
            }
            request = request.toBuilder().exclusiveStartKey(page.lastEvaluatedKey()).build();
        }
    }

    /** The same write on both servers; a write one refuses (a failed condition) the other must refuse too. */
    private static void both(Consumer<DynamoDbClient> write) {
        var refusals = new ArrayList<String>();
        for (var db : List.of(plainDb, lockedDb)) {
            try {
                write.accept(db);
                refusals.add("none");
            } catch (DynamoDbException refused) {
                refusals.add(refused.awsErrorDetails().errorCode());
            }
        }
        assertThat(refusals.get(1)).isEqualTo(refusals.get(0));
    }

    private static DynamoDbClient client(URI endpoint) {
        return DynamoDbClient.builder().endpointOverride(endpoint).region(Region.of(AwsEmulator.REGION))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(AwsEmulator.ACCESS_KEY, AwsEmulator.SECRET_KEY)))
                .build();
    }

    private static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of("PK", s(pk), "SK", s(sk));
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }

    private static AttributeDefinition string(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(int value) {
        return AttributeValue.fromN(Integer.toString(value));
    }
}

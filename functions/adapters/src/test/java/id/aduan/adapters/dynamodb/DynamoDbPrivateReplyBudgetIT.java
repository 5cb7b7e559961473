package id.aduan.adapters.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.core.reply.RollingHourLimit;
import id.aduan.testkit.AwsEmulatorExtension;
import id.aduan.testkit.Deployment;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Instagram's 750 private replies an hour: 107 a bucket, counted in the table every sender shares. */
@ExtendWith(AwsEmulatorExtension.class)
class DynamoDbPrivateReplyBudgetIT {

    private static final String ACCOUNT = "17841400000000001";
    private static final RollingHourLimit LIMIT = new RollingHourLimit(750);
    private static final Instant BUCKET = LIMIT.bucketStart(Instant.parse("2026-08-04T03:07:00Z"));

    private ComplaintTable table;
    private DynamoDbPrivateReplyBudget budget;

    @BeforeEach
    void setUp(Deployment deployment) {
        table = EmulatorTables.of(deployment, "ReplySenderFunction");
        budget = new DynamoDbPrivateReplyBudget(table);
    }

    @Test
    void theHundredAndEighthReplyOfABucketIsRefusedAndTheNextBucketTakesIt() {
        var taken = IntStream.range(0, LIMIT.perBucket())
                .filter(reply -> budget.take(ACCOUNT, BUCKET, LIMIT.perBucket())).count();

        var hundredAndEighth = budget.take(ACCOUNT, BUCKET, LIMIT.perBucket());
        var nextBucket = budget.take(ACCOUNT, LIMIT.nextBucketStart(BUCKET), LIMIT.perBucket());

        assertThat(taken).isEqualTo(107);
        assertThat(hundredAndEighth).isFalse();
        assertThat(nextBucket).isTrue();
        var bucket = item(BUCKET);
        assertThat(bucket.get("count")).isEqualTo(AttributeValue.fromN("107"));
        assertThat(bucket.get(Keys.EXPIRES_AT))
                .isEqualTo(AttributeValue.fromN(Long.toString(BUCKET.plus(Duration.ofDays(1)).getEpochSecond())));
        assertThat(item(LIMIT.nextBucketStart(BUCKET)).get("count")).isEqualTo(AttributeValue.fromN("1"));
    }

    @Test
    void anotherAccountHasABudgetOfItsOwn() {
        IntStream.range(0, LIMIT.perBucket()).forEach(reply -> budget.take(ACCOUNT, BUCKET, LIMIT.perBucket()));

        assertThat(budget.take("17841400000000002", BUCKET, LIMIT.perBucket())).isTrue();
    }

    private Map<String, AttributeValue> item(Instant bucketStart) {
        return table.client.getItem(request -> request.tableName(table.name).key(Map.of(
                Keys.PK, AttributeValue.fromS(Keys.privateReplies(ACCOUNT)),
                Keys.SK, AttributeValue.fromS(Keys.time(bucketStart))))).item();
    }
}

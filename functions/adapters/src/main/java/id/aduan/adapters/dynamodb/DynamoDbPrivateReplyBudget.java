package id.aduan.adapters.dynamodb;

import id.aduan.core.reply.PrivateReplyBudget;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Counts private replies in the complaints table, one item per account and bucket
 * ({@code PRIVATE_REPLIES#<account>} / {@code <bucket start>}) taken with one conditional update, so
 * every reply sender container draws on the same budget. A bucket is deleted a day after it starts.
 */
public final class DynamoDbPrivateReplyBudget implements PrivateReplyBudget {

    private static final Duration BUCKET_KEPT = Duration.ofDays(1);

    private final ComplaintTable table;

    public DynamoDbPrivateReplyBudget(ComplaintTable table) {
        this.table = table;
    }

    @Override
    public boolean take(String account, Instant bucketStart, int limit) {
        try {
            table.client.updateItem(request -> request.tableName(table.name)
                    .key(Map.of(Keys.PK, AttributeValue.fromS(Keys.privateReplies(account)),
                            Keys.SK, AttributeValue.fromS(Keys.time(bucketStart))))
                    .updateExpression("SET " + Keys.EXPIRES_AT + " = :expires ADD #count :one")
                    .conditionExpression("attribute_not_exists(#count) OR #count < :limit")
                    .expressionAttributeNames(Map.of("#count", "count"))
                    .expressionAttributeValues(Map.of(
                            ":one", AttributeValue.fromN("1"),
                            ":limit", AttributeValue.fromN(Integer.toString(limit)),
                            ":expires", AttributeValue.fromN(
                                    Long.toString(bucketStart.plus(BUCKET_KEPT).getEpochSecond())))));
            return true;
        } catch (ConditionalCheckFailedException full) {
            return false;
        }
    }
}

package id.aduan.adapters.dynamodb;

import id.aduan.core.kernel.WriteOutcomeUnknown;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * One atomic, conditional write of several items. Items are mapped with their schemas; updates
 * use expressions (counters, if-not-exists) that item mapping cannot say. When a condition fails, the
 * caller learns which write it was and what the item held, without a second read.
 */
final class Transaction {

    private final DynamoDbClient client;
    private final String table;
    private final List<TransactWriteItem> writes = new ArrayList<>();

    Transaction(DynamoDbClient client, String table) {
        this.client = client;
        this.table = table;
    }

    /** Adds a put and returns its position, to recognise it among cancellation reasons. */
    <T> int put(ItemCodec<T> schema, T item, Condition condition) {
        var put = Put.builder().tableName(table).item(schema.itemToMap(item));
        if (condition != null) {
            put.conditionExpression(condition.expression())
                    .expressionAttributeNames(nullIfEmpty(condition.names()))
                    .expressionAttributeValues(nullIfEmpty(condition.values()))
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD);
        }
        writes.add(TransactWriteItem.builder().put(put.build()).build());
        return writes.size() - 1;
    }

    int update(String pk, String sk, Expression update, Condition condition) {
        var names = new HashMap<>(update.names());
        var values = new HashMap<>(update.values());
        var builder = Update.builder().tableName(table)
                .key(Map.of(Keys.PK, AttributeValue.fromS(pk), Keys.SK, AttributeValue.fromS(sk)))
                .updateExpression(update.expression());
        if (condition != null) {
            names.putAll(condition.names());
            values.putAll(condition.values());
            builder.conditionExpression(condition.expression())
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD);
        }
        builder.expressionAttributeNames(nullIfEmpty(names)).expressionAttributeValues(nullIfEmpty(values));
        writes.add(TransactWriteItem.builder().update(builder.build()).build());
        return writes.size() - 1;
    }

    /** Adds a check that an item meets a condition, without writing it; returns its position. */
    int check(String pk, String sk, Condition condition) {
        var check = ConditionCheck.builder().tableName(table)
                .key(Map.of(Keys.PK, AttributeValue.fromS(pk), Keys.SK, AttributeValue.fromS(sk)))
                .conditionExpression(condition.expression())
                .expressionAttributeNames(nullIfEmpty(condition.names()))
                .expressionAttributeValues(nullIfEmpty(condition.values()))
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
                .build();
        writes.add(TransactWriteItem.builder().conditionCheck(check).build());
        return writes.size() - 1;
    }

    int delete(String pk, String sk, Condition condition) {
        var builder = Delete.builder().tableName(table)
                .key(Map.of(Keys.PK, AttributeValue.fromS(pk), Keys.SK, AttributeValue.fromS(sk)));
        if (condition != null) {
            builder.conditionExpression(condition.expression())
                    .expressionAttributeNames(nullIfEmpty(condition.names()))
                    .expressionAttributeValues(nullIfEmpty(condition.values()))
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD);
        }
        writes.add(TransactWriteItem.builder().delete(builder.build()).build());
        return writes.size() - 1;
    }

    /**
     * Runs the transaction; on a failed condition, returns which write failed and the item it met. A
     * timeout once the request was sent leaves its outcome unknown: {@link WriteOutcomeUnknown}.
     */
    Optional<ConditionFailure> commit() {
        try {
            client.transactWriteItems(TransactWriteItemsRequest.builder().transactItems(writes).build());
            return Optional.empty();
        } catch (ApiCallTimeoutException | ApiCallAttemptTimeoutException timedOut) {
            throw new WriteOutcomeUnknown(timedOut);
        } catch (TransactionCanceledException e) {
            var reasons = e.cancellationReasons();
            for (int i = 0; i < reasons.size(); i++) {
                CancellationReason reason = reasons.get(i);
                if ("ConditionalCheckFailed".equals(reason.code())) {
                    return Optional.of(new ConditionFailure(i, reason.hasItem() ? reason.item() : Map.of()));
                }
            }
            throw e;
        }
    }

    private static <K, V> Map<K, V> nullIfEmpty(Map<K, V> map) {
        return map == null || map.isEmpty() ? null : map;
    }

    /** A write of the transaction whose condition failed, and the item it found. */
    record ConditionFailure(int index, Map<String, AttributeValue> item) {
    }

    /** A condition expression with its placeholders. */
    record Condition(String expression, Map<String, String> names, Map<String, AttributeValue> values) {
        static final Condition ITEM_ABSENT = new Condition("attribute_not_exists(PK)", Map.of(), Map.of());

        static Condition of(String expression) {
            return new Condition(expression, Map.of(), Map.of());
        }
    }

    /** An update expression with its placeholders. */
    record Expression(String expression, Map<String, String> names, Map<String, AttributeValue> values) {
    }
}

package id.aduan.adapters.dynamodb;

import id.aduan.core.learning.RoutingExample;
import id.aduan.core.learning.RoutingExamples;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * Reads one day of confirmed routings ({@code <t>#LEARN#<day>} items, written by the staff API in the same
 * transaction as the verify, forward or re-route that confirmed them).
 */
public final class DynamoDbRoutingExamples implements RoutingExamples {

    private final ComplaintTable table;
    private final Keys.TenantKeys keys;

    public DynamoDbRoutingExamples(ComplaintTable table) {
        this.table = table;
        this.keys = table.tenantKeys(DynamoDbRoutingExamples.class);
    }

    @Override
    public List<RoutingExample> confirmedOn(LocalDate day) {
        var examples = new ArrayList<RoutingExample>();
        var request = QueryRequest.builder().tableName(table.name)
                .keyConditionExpression("PK = :day")
                .expressionAttributeValues(Map.of(":day", AttributeValue.fromS(keys.learningDay(day))))
                .projectionExpression("#unit, #text")
                .expressionAttributeNames(Map.of("#unit", "unit", "#text", "text"))
                .build();
        for (var page : table.client.queryPaginator(request)) {
            for (var item : page.items()) {
                if (item.containsKey("unit") && item.containsKey("text")) {
                    examples.add(new RoutingExample(item.get("unit").s(), item.get("text").s()));
                }
            }
        }
        return examples;
    }
}

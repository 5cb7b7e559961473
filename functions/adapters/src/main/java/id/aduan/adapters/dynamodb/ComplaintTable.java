package id.aduan.adapters.dynamodb;

import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import java.util.Map;
import java.util.stream.Stream;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The single Aduan table, seen through one typed view per kind of item. Built once per container. */
public final class ComplaintTable {

    final DynamoDbClient client;
    final String name;
    final DynamoDbTable<ComplaintItem> complaints;
    final DynamoDbTable<MessageItem> messages;
    final DynamoDbTable<EventItem> events;
    final DynamoDbTable<ClaimItem> claims;
    final DynamoDbTable<LinkItem> links;
    final DynamoDbTable<RawDeliveryItem> deliveries;
    final DynamoDbTable<ConfigItem> configs;
    final DynamoDbTable<AlertItem> alerts;
    final DynamoDbTable<ReplyItem> replies;
    final DynamoDbTable<MentionFetchItem> fetches;

    public ComplaintTable(DynamoDbClient client, String name) {
        this.client = client;
        this.name = name;
        var enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(client).build();
        this.complaints = enhanced.table(name, ComplaintItem.SCHEMA);
        this.messages = enhanced.table(name, MessageItem.SCHEMA);
        this.events = enhanced.table(name, EventItem.SCHEMA);
        this.claims = enhanced.table(name, ClaimItem.SCHEMA);
        this.links = enhanced.table(name, LinkItem.SCHEMA);
        this.deliveries = enhanced.table(name, RawDeliveryItem.SCHEMA);
        this.configs = enhanced.table(name, ConfigItem.SCHEMA);
        this.alerts = enhanced.table(name, AlertItem.SCHEMA);
        this.replies = enhanced.table(name, ReplyItem.SCHEMA);
        this.fetches = enhanced.table(name, MentionFetchItem.SCHEMA);
    }

    public String name() {
        return name;
    }

    /** Every item of a small partition (an index of accounts or of held deliveries), read consistently. */
    Stream<Map<String, AttributeValue>> partition(String partitionKey) {
        return client.queryPaginator(request -> request.tableName(name)
                        .keyConditionExpression("#pk = :pk")
                        .expressionAttributeNames(Map.of("#pk", Keys.PK))
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(partitionKey)))
                        .consistentRead(true))
                .items().stream();
    }

    Transaction transaction() {
        return new Transaction(client, name);
    }
}

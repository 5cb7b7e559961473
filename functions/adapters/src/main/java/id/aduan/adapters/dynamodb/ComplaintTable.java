package id.aduan.adapters.dynamodb;

import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The single Aduan table, seen through one typed view per kind of item. Built once per container; each
 * view, and the item type's schema with it, is built when a store first uses it, so a function's cold
 * start loads only the schemas of the items it touches.
 */
public final class ComplaintTable {

    final DynamoDbClient client;
    final String name;
    private final Supplier<DynamoDbEnhancedClient> enhanced;
    private final Supplier<DynamoDbTable<ComplaintItem>> complaints;
    private final Supplier<DynamoDbTable<MessageItem>> messages;
    private final Supplier<DynamoDbTable<ClaimItem>> claims;
    private final Supplier<DynamoDbTable<LinkItem>> links;
    private final Supplier<DynamoDbTable<RawDeliveryItem>> deliveries;
    private final Supplier<DynamoDbTable<ConfigItem>> configs;
    private final Supplier<DynamoDbTable<AlertItem>> alerts;
    private final Supplier<DynamoDbTable<ReplyItem>> replies;
    private final Supplier<DynamoDbTable<MentionFetchItem>> fetches;

    public ComplaintTable(DynamoDbClient client, String name) {
        this.client = client;
        this.name = name;
        this.enhanced = new Memoised<>(() -> DynamoDbEnhancedClient.builder().dynamoDbClient(client).build());
        this.complaints = view(() -> ComplaintItem.SCHEMA);
        this.messages = view(() -> MessageItem.SCHEMA);
        this.claims = view(() -> ClaimItem.SCHEMA);
        this.links = view(() -> LinkItem.SCHEMA);
        this.deliveries = view(() -> RawDeliveryItem.SCHEMA);
        this.configs = view(() -> ConfigItem.SCHEMA);
        this.alerts = view(() -> AlertItem.SCHEMA);
        this.replies = view(() -> ReplyItem.SCHEMA);
        this.fetches = view(() -> MentionFetchItem.SCHEMA);
    }

    public String name() {
        return name;
    }

    DynamoDbTable<ComplaintItem> complaints() {
        return complaints.get();
    }

    DynamoDbTable<MessageItem> messages() {
        return messages.get();
    }

    DynamoDbTable<ClaimItem> claims() {
        return claims.get();
    }

    DynamoDbTable<LinkItem> links() {
        return links.get();
    }

    DynamoDbTable<RawDeliveryItem> deliveries() {
        return deliveries.get();
    }

    DynamoDbTable<ConfigItem> configs() {
        return configs.get();
    }

    DynamoDbTable<AlertItem> alerts() {
        return alerts.get();
    }

    DynamoDbTable<ReplyItem> replies() {
        return replies.get();
    }

    DynamoDbTable<MentionFetchItem> fetches() {
        return fetches.get();
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

    /** The schema is asked for only when the view is first built: naming it initialises its item class. */
    private <T> Supplier<DynamoDbTable<T>> view(Supplier<? extends TableSchema<T>> schema) {
        return new Memoised<>(() -> enhanced.get().table(name, schema.get()));
    }
}

package id.aduan.adapters.dynamodb;

import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

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

    Transaction transaction() {
        return new Transaction(client, name);
    }
}

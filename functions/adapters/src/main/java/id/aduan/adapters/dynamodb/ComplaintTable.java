package id.aduan.adapters.dynamodb;

import id.aduan.core.kernel.Tenant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
    private final Views views;
    private final Keys.TenantKeys keys;

    /** The table as the platform sees it: the items no one government owns (deliveries, accounts). */
    public ComplaintTable(DynamoDbClient client, String name) {
        this(client, name, new Views(client, name), null);
    }

    private ComplaintTable(DynamoDbClient client, String name, Views views, Keys.TenantKeys keys) {
        this.client = client;
        this.name = name;
        this.views = views;
        this.keys = keys;
    }

    /** The same table bound to one government: every key a store builds through it is that tenant's. */
    public ComplaintTable forTenant(Tenant tenant) {
        return new ComplaintTable(client, name, views, Keys.of(Objects.requireNonNull(tenant, "tenant")));
    }

    /** The same table as the platform sees it. */
    public ComplaintTable platform() {
        return keys == null ? this : new ComplaintTable(client, name, views, null);
    }

    /** The government this view is bound to; empty for the platform's view. */
    public Optional<Tenant> tenant() {
        return Optional.ofNullable(keys).map(Keys.TenantKeys::tenant);
    }

    /**
     * The keys of this view's government, for {@code store}, which keeps what a government owns: on the
     * platform's view there is no such government, and building that store on it is a wiring mistake.
     */
    Keys.TenantKeys tenantKeys(Class<?> store) {
        if (keys == null) {
            throw new IllegalStateException(store.getSimpleName() + " keeps one government's data: build it on"
                    + " table.forTenant(tenant), not on the platform's view of the table");
        }
        return keys;
    }

    /** The alerts this view holds: its tenant's, or on the platform's view the operations alerts. */
    Keys.AlertKeys alertKeys() {
        return keys == null ? Keys.OPERATIONS_ALERTS : keys.alerts();
    }

    public String name() {
        return name;
    }

    DynamoDbTable<MessageItem> messages() {
        return views.messages.get();
    }

    DynamoDbTable<ClaimItem> claims() {
        return views.claims.get();
    }

    DynamoDbTable<LinkItem> links() {
        return views.links.get();
    }

    DynamoDbTable<RawDeliveryItem> deliveries() {
        return views.deliveries.get();
    }

    DynamoDbTable<AlertItem> alerts() {
        return views.alerts.get();
    }

    DynamoDbTable<ReplyItem> replies() {
        return views.replies.get();
    }

    /**
     * The item under {@code pk} and {@code sk}, read through the low-level client and mapped by its schema:
     * a read of one item needs no typed view, so the Enhanced Client and its operations stay unloaded.
     */
    <T> Optional<T> item(TableSchema<T> schema, String pk, String sk, boolean consistentRead) {
        var found = client.getItem(request -> request.tableName(name).consistentRead(consistentRead)
                .key(Map.of(Keys.PK, AttributeValue.fromS(pk), Keys.SK, AttributeValue.fromS(sk))));
        return found.hasItem() ? Optional.of(schema.mapToItem(found.item())) : Optional.empty();
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

    /** The typed views, shared by every tenant's view of the table and each built on first use. */
    private static final class Views {
        private final Supplier<DynamoDbEnhancedClient> enhanced;
        private final String name;
        final Supplier<DynamoDbTable<MessageItem>> messages;
        final Supplier<DynamoDbTable<ClaimItem>> claims;
        final Supplier<DynamoDbTable<LinkItem>> links;
        final Supplier<DynamoDbTable<RawDeliveryItem>> deliveries;
        final Supplier<DynamoDbTable<AlertItem>> alerts;
        final Supplier<DynamoDbTable<ReplyItem>> replies;

        Views(DynamoDbClient client, String name) {
            this.name = name;
            this.enhanced = new Memoised<>(() -> DynamoDbEnhancedClient.builder().dynamoDbClient(client).build());
            this.messages = view(() -> MessageItem.SCHEMA);
            this.claims = view(() -> ClaimItem.SCHEMA);
            this.links = view(() -> LinkItem.SCHEMA);
            this.deliveries = view(() -> RawDeliveryItem.SCHEMA);
            this.alerts = view(() -> AlertItem.SCHEMA);
            this.replies = view(() -> ReplyItem.SCHEMA);
        }

        /** The schema is asked for only when the view is first built: naming it initialises its item class. */
        private <T> Supplier<DynamoDbTable<T>> view(Supplier<? extends TableSchema<T>> schema) {
            return new Memoised<>(() -> enhanced.get().table(name, schema.get()));
        }
    }
}

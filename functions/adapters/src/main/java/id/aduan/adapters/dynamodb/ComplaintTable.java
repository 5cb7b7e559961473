package id.aduan.adapters.dynamodb;

import id.aduan.core.kernel.Tenant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The single Aduan table. Stores read and write its items through the low-level client, each item type
 * mapped by hand ({@link ItemCodec}, {@link StoredAttributes}) as the Enhanced Client's static schemas
 * stored them: no schema, converter or typed view is built on any function's cold path.
 */
public final class ComplaintTable {

    final DynamoDbClient client;
    final String name;
    private final Keys.TenantKeys keys;

    /** The table as the platform sees it: the items no one government owns (deliveries, accounts). */
    public ComplaintTable(DynamoDbClient client, String name) {
        this(client, name, null);
    }

    private ComplaintTable(DynamoDbClient client, String name, Keys.TenantKeys keys) {
        this.client = client;
        this.name = name;
        this.keys = keys;
    }

    /** The same table bound to one government: every key a store builds through it is that tenant's. */
    public ComplaintTable forTenant(Tenant tenant) {
        return new ComplaintTable(client, name, Keys.of(Objects.requireNonNull(tenant, "tenant")));
    }

    /** The same table as the platform sees it. */
    public ComplaintTable platform() {
        return keys == null ? this : new ComplaintTable(client, name, null);
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

    /** The item under {@code pk} and {@code sk}. */
    <T> Optional<T> item(ItemCodec<T> schema, String pk, String sk, boolean consistentRead) {
        var found = client.getItem(request -> request.tableName(name).consistentRead(consistentRead)
                .key(Map.of(Keys.PK, AttributeValue.fromS(pk), Keys.SK, AttributeValue.fromS(sk))));
        return found.hasItem() ? Optional.of(schema.mapToItem(found.item())) : Optional.empty();
    }

    /** Writes {@code item} whole, in place of any item under its key. */
    <T> void put(ItemCodec<T> schema, T item) {
        client.putItem(request -> request.tableName(name).item(schema.itemToMap(item)));
    }

    /**
     * Every item of a small partition (an index of accounts or of held deliveries, a day's alerts), read
     * consistently, page after page.
     */
    Stream<Map<String, AttributeValue>> partition(String partitionKey) {
        return client.queryPaginator(request -> request.tableName(name)
                        .keyConditionExpression("#pk = :pk")
                        .expressionAttributeNames(Map.of("#pk", Keys.PK))
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(partitionKey)))
                        .consistentRead(true))
                .items().stream();
    }

    /** The items of a partition whose sort key starts with {@code sortKeyPrefix}, in order, read consistently. */
    Stream<Map<String, AttributeValue>> partition(String partitionKey, String sortKeyPrefix) {
        return client.queryPaginator(request -> request.tableName(name)
                        .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                        .expressionAttributeNames(Map.of("#pk", Keys.PK, "#sk", Keys.SK))
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(partitionKey),
                                ":prefix", AttributeValue.fromS(sortKeyPrefix)))
                        .consistentRead(true))
                .items().stream();
    }

    Transaction transaction() {
        return new Transaction(client, name);
    }
}

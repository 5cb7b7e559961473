package id.aduan.adapters.dynamodb;

import id.aduan.core.ingest.UnknownAccounts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The accounts deliveries named but nobody registered, one item per account in the
 * {@code UNKNOWN_ACCOUNTS} partition (first and last sighting, changes held), read whole for admins.
 * Registering the account forgets it.
 */
public final class DynamoDbUnknownAccounts implements UnknownAccounts {

    private static final int MOST_ACCOUNTS = 500;

    /** An account nobody registered, as admins see it. */
    public record UnknownAccount(String instagramAccountId, Instant firstSeenAt, Instant lastSeenAt, long changesHeld) {
    }

    private final ComplaintTable table;

    public DynamoDbUnknownAccounts(ComplaintTable table) {
        this.table = table;
    }

    @Override
    public void sighted(String instagramAccountId, Instant at) {
        table.client.updateItem(request -> request.tableName(table.name)
                .key(key(instagramAccountId))
                .updateExpression("SET firstSeenAt = if_not_exists(firstSeenAt, :at), lastSeenAt = :at"
                        + " ADD changesHeld :one")
                .expressionAttributeValues(Map.of(":at", AttributeValue.fromS(Keys.time(at)),
                        ":one", AttributeValue.fromN("1"))));
    }

    public List<UnknownAccount> list() {
        var accounts = new ArrayList<UnknownAccount>();
        table.partition(Keys.UNKNOWN_ACCOUNTS_PARTITION)
                .limit(MOST_ACCOUNTS)
                .forEach(item -> accounts.add(new UnknownAccount(item.get(Keys.SK).s(),
                        Keys.parseTime(item.get("firstSeenAt").s()), Keys.parseTime(item.get("lastSeenAt").s()),
                        Long.parseLong(item.get("changesHeld").n()))));
        return accounts;
    }

    /** Forgets the account once it is registered. */
    public void forget(String instagramAccountId) {
        table.client.deleteItem(request -> request.tableName(table.name).key(key(instagramAccountId)));
    }

    private static Map<String, AttributeValue> key(String instagramAccountId) {
        return Map.of(Keys.PK, AttributeValue.fromS(Keys.UNKNOWN_ACCOUNTS_PARTITION),
                Keys.SK, AttributeValue.fromS(instagramAccountId));
    }
}

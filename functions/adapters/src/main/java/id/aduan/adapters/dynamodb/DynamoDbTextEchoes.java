package id.aduan.adapters.dynamodb;

import id.aduan.core.ingest.TextEchoes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * Keeps, per text key, the set of accounts that sent the text ({@code <t>#TEXTHASH#<key>} / {@code ACCOUNTS}),
 * added to with one update that returns the set; the item goes three days after the last sender. The
 * accounts are the keys core makes of them, which hold no one's Instagram id.
 */
public final class DynamoDbTextEchoes implements TextEchoes {

    private static final Duration KEPT = Duration.ofDays(3);
    private static final String ACCOUNTS = "accounts";

    private final ComplaintTable table;
    private final Keys.TenantKeys keys;

    public DynamoDbTextEchoes(ComplaintTable table) {
        this.table = table;
        this.keys = table.tenantKeys(DynamoDbTextEchoes.class);
    }

    @Override
    public int otherAccounts(String textKey, String accountKey, Instant at) {
        var updated = table.client.updateItem(request -> request.tableName(table.name)
                .key(Map.of(Keys.PK, AttributeValue.fromS(keys.textHash(textKey)),
                        Keys.SK, AttributeValue.fromS(Keys.TEXT_HASH_SK)))
                .updateExpression("SET " + Keys.EXPIRES_AT + " = :expires ADD #accounts :account")
                .expressionAttributeNames(Map.of("#accounts", ACCOUNTS))
                .expressionAttributeValues(Map.of(
                        ":account", AttributeValue.fromSs(List.of(accountKey)),
                        ":expires", AttributeValue.fromN(Long.toString(at.plus(KEPT).getEpochSecond()))))
                .returnValues(ReturnValue.ALL_NEW));
        return updated.attributes().get(ACCOUNTS).ss().size() - 1;
    }
}

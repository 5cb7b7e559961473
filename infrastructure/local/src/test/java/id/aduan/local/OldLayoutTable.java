package id.aduan.local;

import com.fasterxml.jackson.databind.JsonNode;
import id.aduan.adapters.dynamodb.TenantMigration;
import id.aduan.adapters.json.Json;
import id.aduan.core.kernel.Tenant;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A table as the code before tenants wrote it ({@code old-layout.jsonl}, one item a line in DynamoDB's
 * JSON form, as {@code ./aduan export} writes it), and the migration of it to the first tenant's keys:
 * what a test of the tenant-aware stores starts from.
 *
 * <p>How the file was produced: on commit 37a56a6, a local run of the template ({@code LocalRunCalls})
 * was given every shared Instagram fixture (the comment and the story mention stamped with the current
 * time), the configuration sections and the account through the staff API, complaints verified,
 * assigned, forwarded, re-routed, resolved, closed and rejected, public, private and DM replies sent,
 * the mention fetcher, SLA monitor, digest, triage learner, account health and retention fired, and a
 * delivery for an unregistered account; what the local run does not reach by itself was then written
 * through that commit's adapters (a DM reply caught while being sent, a sending pause, a pending
 * operations and SLA alert, an account notice, a delivery to retry and a dead one); then the table was
 * exported.
 */
final class OldLayoutTable {

    static final String FIXTURE = "old-layout.jsonl";

    private OldLayoutTable() {
    }

    /** The fixture's items, in its order. */
    static List<Map<String, AttributeValue>> items() {
        try (InputStream in = OldLayoutTable.class.getClassLoader().getResourceAsStream(FIXTURE)) {
            if (in == null) {
                throw new IllegalStateException(FIXTURE + " is not on the test class path");
            }
            var items = new ArrayList<Map<String, AttributeValue>>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    items.add(item(Json.mapper().readTree(line)));
                }
            }
            return items;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the fixture's items into {@code table}. */
    static void load(DynamoDbClient client, String table) {
        items().forEach(item -> client.putItem(request -> request.tableName(table).item(item)));
    }

    /** Writes the fixture into {@code table} and moves it under {@code tenant}, as the command does. */
    static TenantMigration.Summary loadAndMigrate(DynamoDbClient client, String table, Tenant tenant) {
        load(client, table);
        return new TenantMigration(client, table, tenant).run(false, 1, page -> { });
    }

    private static Map<String, AttributeValue> item(JsonNode node) {
        var item = new LinkedHashMap<String, AttributeValue>();
        node.properties().forEach(attribute -> item.put(attribute.getKey(), value(attribute.getValue())));
        return item;
    }

    private static AttributeValue value(JsonNode typed) {
        var type = typed.properties().iterator().next();
        var value = type.getValue();
        return switch (type.getKey()) {
            case "S" -> AttributeValue.fromS(value.asText());
            case "N" -> AttributeValue.fromN(value.asText());
            case "BOOL" -> AttributeValue.fromBool(value.asBoolean());
            case "NULL" -> AttributeValue.fromNul(true);
            case "B" -> AttributeValue.fromB(SdkBytes.fromByteArray(Base64.getDecoder().decode(value.asText())));
            case "SS" -> AttributeValue.fromSs(strings(value));
            case "NS" -> AttributeValue.fromNs(strings(value));
            case "M" -> AttributeValue.fromM(item(value));
            case "L" -> {
                var list = new ArrayList<AttributeValue>();
                value.forEach(element -> list.add(value(element)));
                yield AttributeValue.fromL(list);
            }
            default -> throw new IllegalArgumentException("an attribute of a type the fixture does not use: " + typed);
        };
    }

    private static List<String> strings(JsonNode array) {
        var strings = new ArrayList<String>();
        array.forEach(element -> strings.add(element.asText()));
        return strings;
    }
}

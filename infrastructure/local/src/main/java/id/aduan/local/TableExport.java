package id.aduan.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.aduan.adapters.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Base64;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * {@code ./aduan export}: every item of a table, one JSON object per line, in DynamoDB's attribute-value
 * form (as {@code aws dynamodb scan} prints an item), so that nothing is lost or reinterpreted: an
 * auditor's or a buyer's copy of the data, and what a restore can be checked against.
 */
final class TableExport {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TableExport() {
    }

    /** Writes the table's items and returns how many. */
    static long write(DynamoDbClient client, String table, Writer out) {
        long items = 0;
        try {
            for (Map<String, AttributeValue> item : client.scanPaginator(request -> request.tableName(table)).items()) {
                out.write(Json.write(item(item)));
                out.write('\n');
                items++;
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return items;
    }

    static ObjectNode item(Map<String, AttributeValue> item) {
        var node = NODES.objectNode();
        item.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(attribute -> node.set(attribute.getKey(), value(attribute.getValue())));
        return node;
    }

    private static JsonNode value(AttributeValue value) {
        var node = NODES.objectNode();
        switch (value.type()) {
            case S -> node.put("S", value.s());
            case N -> node.put("N", value.n());
            case BOOL -> node.put("BOOL", value.bool());
            case NUL -> node.put("NULL", true);
            case B -> node.put("B", Base64.getEncoder().encodeToString(value.b().asByteArray()));
            case SS -> value.ss().forEach(node.putArray("SS")::add);
            case NS -> value.ns().forEach(node.putArray("NS")::add);
            case BS -> {
                var set = node.putArray("BS");
                value.bs().forEach(b -> set.add(Base64.getEncoder().encodeToString(b.asByteArray())));
            }
            case M -> node.set("M", item(value.m()));
            case L -> {
                var list = node.putArray("L");
                value.l().forEach(element -> list.add(value(element)));
            }
            default -> throw new IllegalArgumentException("an attribute of unknown type: " + value);
        }
        return node;
    }
}

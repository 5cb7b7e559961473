package id.aduan.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import id.aduan.adapters.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A loopback proxy in front of the AWS emulator that meters what DynamoDB would bill: read and write
 * request units by DynamoDB's rules (item sizes rounded up to 4 KB for reads, halved when eventually
 * consistent; to 1 KB for writes, doubled in transactions; one more write per global secondary index
 * the item enters, leaves or changes in), and counts every AWS request by service and operation. The
 * emulator's own consumed-capacity answer is a constant, so the units are computed from the items seen
 * on the wire, reading an item's size before and after each write straight from the emulator.
 */
final class CapacityMeter implements AutoCloseable {

    /** The indexes of the table, as template.yaml declares them. */
    record Index(String hashKey, String rangeKey, String projection, Set<String> included) {
    }

    private final HttpServer server;
    private final URI emulator;
    private final String tableKeyHash;
    private final String tableKeyRange;
    private final List<Index> indexes;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, Double> totals = new TreeMap<>();
    private String lastAuthorization = "";

    CapacityMeter(URI emulator, String tableKeyHash, String tableKeyRange, List<Index> indexes) {
        this.emulator = emulator;
        this.tableKeyHash = tableKeyHash;
        this.tableKeyRange = tableKeyRange;
        this.indexes = indexes;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::forward);
        server.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** What was metered since the last call, then starts again from zero. */
    synchronized Map<String, Double> takeTotals() {
        var taken = new TreeMap<>(totals);
        totals.clear();
        return taken;
    }

    private synchronized void forward(HttpExchange exchange) throws IOException {
        long started = System.nanoTime();
        try (exchange) {
            var body = exchange.getRequestBody().readAllBytes();
            var target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            var authorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (authorization != null) {
                lastAuthorization = authorization;
            }
            var operation = target != null ? target.substring(target.indexOf('.') + 1) : formAction(body);
            var service = target != null && target.startsWith("DynamoDB") ? "DynamoDb" : service(exchange, body);
            add(service + "." + operation, 1);
            JsonNode request = service.equals("DynamoDb") ? Json.mapper().readTree(body) : null;
            var before = request != null ? itemsWritten(operation, request, true) : List.<Written>of();

            var builder = HttpRequest.newBuilder(emulator.resolve(exchange.getRequestURI().toString()))
                    .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!Set.of("host", "content-length", "connection", "expect", "upgrade").contains(name.toLowerCase())) {
                    values.forEach(value -> builder.header(name, value));
                }
            });
            var response = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (request != null && response.statusCode() == 200) {
                meter(operation, request, Json.mapper().readTree(response.body()), before);
            }
            response.headers().map().forEach((name, values) -> {
                if (!Set.of("content-length", "transfer-encoding", "connection", ":status").contains(name.toLowerCase())) {
                    values.forEach(value -> exchange.getResponseHeaders().add(name, value));
                }
            });
            exchange.sendResponseHeaders(response.statusCode(), response.body().length == 0 ? -1 : response.body().length);
            exchange.getResponseBody().write(response.body());
            add("EmulatorMillis", (System.nanoTime() - started) / 1e6);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** One item a write touches: its table, key, the item before (null when absent) and how it is billed. */
    private record Written(String table, JsonNode key, JsonNode before, boolean transactional) {
    }

    private List<Written> itemsWritten(String operation, JsonNode request, boolean readBefore) {
        var written = new ArrayList<Written>();
        switch (operation) {
            case "PutItem", "UpdateItem", "DeleteItem" ->
                    written.add(written(request.path("TableName").asText(), keyOf(request), false));
            case "TransactWriteItems" -> request.path("TransactItems").forEach(item -> {
                var operationBody = item.elements().next();
                written.add(written(operationBody.path("TableName").asText(), keyOf(operationBody), true));
            });
            case "BatchWriteItem" -> request.path("RequestItems").properties().forEach(table ->
                    table.getValue().forEach(write -> {
                        var put = write.path("PutRequest");
                        written.add(written(table.getKey(), put.isMissingNode() ? write.path("DeleteRequest").path("Key")
                                : keyOf(put), false));
                    }));
            default -> {
            }
        }
        return written;
    }

    private Written written(String table, JsonNode key, boolean transactional) {
        return new Written(table, key, read(table, key), transactional);
    }

    private JsonNode keyOf(JsonNode operation) {
        if (operation.has("Key")) {
            return operation.path("Key");
        }
        var key = Json.mapper().createObjectNode();
        var item = operation.path("Item");
        key.set(tableKeyHash, item.path(tableKeyHash));
        if (tableKeyRange != null) {
            key.set(tableKeyRange, item.path(tableKeyRange));
        }
        return key;
    }

    private void meter(String operation, JsonNode request, JsonNode response, List<Written> touched) {
        double factor = request.path("ConsistentRead").asBoolean(false) ? 1.0 : 0.5;
        switch (operation) {
            case "GetItem" -> add("DynamoDb.RRU", Math.max(1, readUnits(size(response.path("Item")))) * factor);
            case "Query", "Scan" -> {
                long bytes = 0;
                for (var item : response.path("Items")) {
                    bytes += size(item);
                }
                add("DynamoDb.RRU", Math.max(1, readUnits(bytes)) * factor);
            }
            case "BatchGetItem" -> response.path("Responses").forEach(items -> items.forEach(item ->
                    add("DynamoDb.RRU", Math.max(1, readUnits(size(item))) * 0.5)));
            case "TransactGetItems" -> response.path("Responses").forEach(item ->
                    add("DynamoDb.RRU", 2.0 * Math.max(1, readUnits(size(item.path("Item"))))));
            default -> touched.forEach(this::meterWrite);
        }
    }

    private void meterWrite(Written written) {
        var after = read(written.table(), written.key());
        long largest = Math.max(size(written.before()), size(after));
        add("DynamoDb.WRU", (written.transactional() ? 2.0 : 1.0) * Math.max(1, writeUnits(largest)));
        for (var index : indexes) {
            boolean wasIn = inIndex(written.before(), index);
            boolean isIn = inIndex(after, index);
            double units = 0;
            if (wasIn && isIn) {
                boolean keyMoved = !same(written.before(), after, index.hashKey()) || !same(written.before(), after, index.rangeKey());
                if (keyMoved) {
                    units = writeUnits(projected(written.before(), index)) + writeUnits(projected(after, index));
                } else if (!projectedEqual(written.before(), after, index)) {
                    units = writeUnits(projected(after, index));
                }
            } else if (wasIn) {
                units = writeUnits(projected(written.before(), index));
            } else if (isIn) {
                units = writeUnits(projected(after, index));
            }
            add("DynamoDb.WRU", units);
            add("DynamoDb.IndexWRU", units);
        }
        add("DynamoDb.StoredBytes", size(after) - size(written.before()));
    }

    private boolean inIndex(JsonNode item, Index index) {
        return item != null && item.has(index.hashKey()) && (index.rangeKey() == null || item.has(index.rangeKey()));
    }

    private static boolean same(JsonNode before, JsonNode after, String attribute) {
        return attribute == null || before.path(attribute).equals(after.path(attribute));
    }

    private boolean projectedEqual(JsonNode before, JsonNode after, Index index) {
        return switch (index.projection()) {
            case "KEYS_ONLY" -> true;
            case "INCLUDE" -> index.included().stream().allMatch(attribute -> same(before, after, attribute));
            default -> before.equals(after);
        };
    }

    private long projected(JsonNode item, Index index) {
        if (index.projection().equals("ALL")) {
            return size(item);
        }
        var kept = Json.mapper().createObjectNode();
        for (var attribute : new String[] {tableKeyHash, tableKeyRange, index.hashKey(), index.rangeKey()}) {
            if (attribute != null && item.has(attribute)) {
                kept.set(attribute, item.path(attribute));
            }
        }
        index.included().forEach(attribute -> {
            if (item.has(attribute)) {
                kept.set(attribute, item.path(attribute));
            }
        });
        return size(kept);
    }

    private JsonNode read(String table, JsonNode key) {
        ObjectNode get = Json.mapper().createObjectNode();
        get.put("TableName", table);
        get.set("Key", key);
        get.put("ConsistentRead", true);
        try {
            var response = http.send(HttpRequest.newBuilder(emulator)
                    .header("X-Amz-Target", "DynamoDB_20120810.GetItem")
                    .header("Content-Type", "application/x-amz-json-1.0")
                    .header("Authorization", lastAuthorization)
                    .POST(HttpRequest.BodyPublishers.ofString(Json.write(get))).build(), HttpResponse.BodyHandlers.ofString());
            var item = Json.mapper().readTree(response.body()).path("Item");
            return item.isMissingNode() ? null : item;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** DynamoDB's item size: attribute names plus values (numbers about a byte per two digits). */
    static long size(JsonNode item) {
        if (item == null || item.isMissingNode() || item.isNull()) {
            return 0;
        }
        long bytes = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = item.properties().iterator(); it.hasNext(); ) {
            var attribute = it.next();
            bytes += utf8(attribute.getKey()) + valueSize(attribute.getValue());
        }
        return bytes;
    }

    private static long valueSize(JsonNode value) {
        var type = value.properties().iterator().next();
        var content = type.getValue();
        return switch (type.getKey()) {
            case "S" -> utf8(content.asText());
            case "N" -> numberSize(content.asText());
            case "B" -> java.util.Base64.getDecoder().decode(content.asText()).length;
            case "BOOL", "NULL" -> 1;
            case "SS" -> sum(content, node -> utf8(node.asText()));
            case "NS" -> sum(content, node -> numberSize(node.asText()));
            case "BS" -> sum(content, node -> java.util.Base64.getDecoder().decode(node.asText()).length);
            case "L" -> 3 + sum(content, element -> 1 + valueSize(element));
            case "M" -> 3 + size(content) + content.size();
            default -> throw new IllegalArgumentException("unknown DynamoDB type " + type.getKey());
        };
    }

    private static long sum(JsonNode values, java.util.function.ToLongFunction<JsonNode> size) {
        long total = 0;
        for (var value : values) {
            total += size.applyAsLong(value);
        }
        return total;
    }

    private static long numberSize(String number) {
        var digits = number.replaceAll("[^0-9]", "").replaceAll("^0+", "");
        return (digits.length() + 1) / 2 + 1;
    }

    private static long utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static long readUnits(long bytes) {
        return (bytes + 4095) / 4096;
    }

    private static long writeUnits(long bytes) {
        return (bytes + 1023) / 1024;
    }

    private void add(String name, double amount) {
        totals.merge(name, amount, Double::sum);
    }

    private static String formAction(byte[] body) {
        var form = new String(body, StandardCharsets.UTF_8);
        for (var pair : form.split("&")) {
            if (pair.startsWith("Action=")) {
                return pair.substring("Action=".length());
            }
        }
        return "unknown";
    }

    private static String service(HttpExchange exchange, byte[] body) {
        var target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
        if (target != null) {
            return target.substring(0, target.indexOf('.'));
        }
        var authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization != null) {
            var scope = authorization.split("Credential=")[1].split(",")[0].split("/");
            if (scope.length >= 4) {
                return scope[3];
            }
        }
        return "unknown";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

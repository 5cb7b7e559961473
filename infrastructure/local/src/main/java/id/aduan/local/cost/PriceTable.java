package id.aduan.local.cost;

import com.fasterxml.jackson.databind.JsonNode;
import id.aduan.adapters.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * The list prices of one AWS region, kept as data beside the code ({@code prices-<region>.json}) with
 * the day they were read, so that a change of price is an edit, not a release.
 */
public record PriceTable(String region, String name, String read, String source, Map<String, Double> prices) {

    public static PriceTable forRegion(String region) {
        try (var in = PriceTable.class.getResourceAsStream("prices-" + region + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no price table for " + region
                        + " (there are ap-southeast-3, Jakarta, and ap-southeast-1, Singapore)");
            }
            return parse(Json.mapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PriceTable parse(JsonNode json) {
        var prices = new TreeMap<String, Double>();
        for (Iterator<Map.Entry<String, JsonNode>> it = json.properties().iterator(); it.hasNext(); ) {
            var field = it.next();
            if (field.getValue().isNumber()) {
                prices.put(field.getKey(), field.getValue().asDouble());
            }
        }
        return new PriceTable(json.path("region").asText(), json.path("name").asText(), json.path("read").asText(),
                json.path("source").asText(), prices);
    }

    /** A price by its name in the table; a missing one is a broken table, not a zero. */
    public double price(String name) {
        var price = prices.get(name);
        if (price == null) {
            throw new IllegalStateException("the price table of " + region + " has no " + name);
        }
        return price;
    }
}

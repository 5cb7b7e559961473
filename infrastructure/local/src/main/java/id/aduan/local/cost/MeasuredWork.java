package id.aduan.local.cost;

import com.fasterxml.jackson.databind.JsonNode;
import id.aduan.adapters.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one unit of each kind of work costs in requests, as {@code bench/cost-inputs.sh} measured it with
 * the real handlers: the function that does it, its time, the bytes it logs, and the AWS requests and
 * DynamoDB units it takes (names like {@code DynamoDb.WRU} or {@code sns.Publish}), and how many
 * CloudWatch metrics the functions defined meanwhile.
 */
public record MeasuredWork(String measuredOn, Map<String, Unit> kinds, long complaintBytes, long rawDeliveryBytes,
                           int metrics) {

    public record Unit(String function, double millis, double logBytes, Map<String, Double> perRun) {

        /**
         * The time Lambda would bill: the handler's own time (its time less the emulator's answers, which
         * are far slower than AWS's) plus {@code awsMillis} for each AWS request it made.
         */
        public double billedMillis(double awsMillis) {
            double requests = perRun.entrySet().stream()
                    .filter(entry -> !entry.getKey().contains("RU") && !entry.getKey().endsWith("Bytes")
                            && !entry.getKey().endsWith("Millis"))
                    .mapToDouble(Map.Entry::getValue).sum();
            return Math.max(0, millis - count("EmulatorMillis")) + requests * awsMillis;
        }

        public double count(String name) {
            return perRun.getOrDefault(name, 0.0);
        }

        /** Requests of one service, every operation together (e.g. all of {@code DynamoDb.*} but units). */
        public double requests(String service) {
            return perRun.entrySet().stream()
                    .filter(entry -> entry.getKey().startsWith(service + "."))
                    .filter(entry -> !entry.getKey().endsWith("RU") && !entry.getKey().endsWith("Bytes")
                            && !entry.getKey().endsWith("Millis"))
                    .mapToDouble(Map.Entry::getValue).sum();
        }
    }

    public static MeasuredWork bundled() {
        try (var in = MeasuredWork.class.getResourceAsStream("measured-work.json")) {
            if (in == null) {
                throw new IllegalStateException("measured-work.json is missing: run bench/cost-inputs.sh");
            }
            return parse(Json.mapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MeasuredWork parse(JsonNode json) {
        var kinds = new TreeMap<String, Unit>();
        json.path("work").properties().forEach(entry -> {
            var unit = entry.getValue();
            if (unit.has("function")) {
                var perRun = new TreeMap<String, Double>();
                unit.path("perRun").properties().forEach(count -> perRun.put(count.getKey(), count.getValue().asDouble()));
                kinds.put(entry.getKey(), new Unit(unit.path("function").asText(), unit.path("millisP50").asDouble(),
                        unit.path("logBytes").asDouble(), perRun));
            }
        });
        var storage = json.path("work").path("storage.bytesPerComplaint");
        return new MeasuredWork(json.path("measuredOn").asText(), kinds, storage.path("complaintItems").asLong(),
                storage.path("rawDeliveries").asLong(), json.path("metrics").size());
    }

    public Unit kind(String name) {
        var unit = kinds.get(name);
        if (unit == null) {
            throw new IllegalStateException("measured-work.json has no " + name + ": run bench/cost-inputs.sh");
        }
        return unit;
    }
}

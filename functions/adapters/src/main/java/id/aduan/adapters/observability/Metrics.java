package id.aduan.adapters.observability;

import id.aduan.adapters.json.JsonWriter;
import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes CloudWatch metrics as Embedded Metric Format log lines: no API call, no extra latency; Lambda's
 * log pipeline turns them into metrics under the {@code Aduan} namespace, by function.
 */
public final class Metrics {

    private static final String NAMESPACE = "Aduan";

    private final String function;
    private final Clock clock;
    private final PrintStream out;

    public Metrics(String function, Clock clock, PrintStream out) {
        this.function = function;
        this.clock = clock;
        this.out = out;
    }

    /** Emits counts (unit Count) and durations (names ending in {@code Millis}, unit Milliseconds). */
    public void emit(Map<String, ? extends Number> values) {
        if (values.isEmpty()) {
            return;
        }
        var definitions = new ArrayList<Map<String, String>>();
        values.keySet().forEach(name -> definitions.add(Map.of("Name", name,
                "Unit", name.endsWith("Millis") ? "Milliseconds" : "Count")));
        var line = new LinkedHashMap<String, Object>();
        line.put("_aws", Map.of("Timestamp", clock.millis(), "CloudWatchMetrics", List.of(Map.of(
                "Namespace", NAMESPACE,
                "Dimensions", List.of(List.of("Function")),
                "Metrics", definitions))));
        line.put("Function", function);
        line.putAll(values);
        out.println(JsonWriter.write(line));
    }
}

package id.aduan.adapters.observability;

import id.aduan.adapters.json.JsonWriter;
import java.io.PrintStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Structured log lines, one JSON object per line, which CloudWatch Logs Insights queries by field.
 * Callers log ids, tracking codes and counts; never message text, usernames or secrets. Every line also
 * carries the fields of the {@link LogContext} it is written in, such as the correlation id.
 */
public final class JsonLog {

    private final String function;
    private final Clock clock;
    private final PrintStream out;

    public JsonLog(String function, Clock clock, PrintStream out) {
        this.function = function;
        this.clock = clock;
        this.out = out;
    }

    public void info(String message, Map<String, ?> fields) {
        write("INFO", message, fields);
    }

    public void warn(String message, Map<String, ?> fields) {
        write("WARN", message, fields);
    }

    public void error(String message, Throwable error, Map<String, ?> fields) {
        var withError = new LinkedHashMap<String, Object>(fields);
        withError.put("errorType", error.getClass().getName());
        withError.put("errorMessage", String.valueOf(error.getMessage()));
        write("ERROR", message, withError);
    }

    private void write(String level, String message, Map<String, ?> fields) {
        var line = new LinkedHashMap<String, Object>();
        line.put("timestamp", clock.instant().toString());
        line.put("level", level);
        line.put("function", function);
        line.put("message", message);
        line.putAll(LogContext.current());
        line.putAll(fields);
        out.println(JsonWriter.write(line));
    }
}

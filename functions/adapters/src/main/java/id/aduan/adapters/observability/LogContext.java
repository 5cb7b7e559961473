package id.aduan.adapters.observability;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Fields that every log line written during a piece of work carries, whichever class writes it: the
 * correlation id of the webhook delivery a complaint came from, the complaint a staff request is about.
 * A scope lasts for one call and is gone after it, so nothing leaks into the next request a warm
 * container serves; threads started inside it (ingestion takes a delivery's conversations in on virtual
 * threads) start with a copy of its fields.
 */
public final class LogContext {

    /** The id of the webhook delivery a complaint came from (the SHA-256 of its body). */
    public static final String CORRELATION_ID = "correlationId";
    /** The complaint a request is about, as the caller named it (id or tracking code). */
    public static final String COMPLAINT = "complaint";

    private static final InheritableThreadLocal<Map<String, String>> FIELDS = new InheritableThreadLocal<>() {
        @Override
        protected Map<String, String> childValue(Map<String, String> parent) {
            return parent == null ? null : new LinkedHashMap<>(parent);
        }
    };

    private LogContext() {
    }

    /** Runs {@code work} in a scope whose log lines carry {@code name}: {@code value}, and the outer scope's. */
    public static <T> T with(String name, String value, Supplier<T> work) {
        var outer = FIELDS.get();
        var fields = outer == null ? new LinkedHashMap<String, String>() : new LinkedHashMap<>(outer);
        fields.put(name, value);
        FIELDS.set(fields);
        try {
            return work.get();
        } finally {
            FIELDS.set(outer);
        }
    }

    /**
     * Adds a field to the current scope when it has none of that name yet (the first complaint a request
     * reads names its correlation); outside a scope it does nothing.
     */
    public static void addIfAbsent(String name, String value) {
        var fields = FIELDS.get();
        if (fields != null && value != null) {
            fields.putIfAbsent(name, value);
        }
    }

    public static Map<String, String> current() {
        var fields = FIELDS.get();
        return fields == null ? Map.of() : Map.copyOf(fields);
    }

    public static Optional<String> correlationId() {
        return Optional.ofNullable(current().get(CORRELATION_ID));
    }
}

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
    /**
     * The delivery being taken in, once its lines carry the correlation id of a complaint an earlier
     * delivery began (a follow-up message).
     */
    public static final String DELIVERY = "deliveryId";

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
     * Runs {@code work} in a scope about one complaint: its lines name it and carry {@code correlationId}
     * when it is known (a queued reply or an alert brings it along); when it is null, reading the complaint
     * adds it. Work about no complaint (a null {@code complaint}, as an operations alert) runs as it is.
     */
    public static <T> T aboutComplaint(String complaint, String correlationId, Supplier<T> work) {
        if (complaint == null) {
            return work.get();
        }
        return with(COMPLAINT, complaint, () -> {
            addIfAbsent(CORRELATION_ID, correlationId);
            return work.get();
        });
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

    /**
     * Joins the story of a complaint already stored: the rest of this scope's lines name it and carry its
     * correlation id, and the delivery being taken in stays named as {@link #DELIVERY}. A complaint stored
     * before correlation ids were kept leaves the scope's correlation id as it was. Outside a scope it
     * does nothing.
     */
    public static void joinComplaint(String complaint, String correlationId) {
        var fields = FIELDS.get();
        if (fields == null) {
            return;
        }
        fields.put(COMPLAINT, complaint);
        if (correlationId != null) {
            deliveryId().ifPresent(delivery -> fields.put(DELIVERY, delivery));
            fields.put(CORRELATION_ID, correlationId);
        }
    }

    /** The id of the delivery being taken in, whichever complaint's story the scope has joined since. */
    public static Optional<String> deliveryId() {
        var fields = current();
        return Optional.ofNullable(fields.getOrDefault(DELIVERY, fields.get(CORRELATION_ID)));
    }

    public static Map<String, String> current() {
        var fields = FIELDS.get();
        return fields == null ? Map.of() : Map.copyOf(fields);
    }

    public static Optional<String> correlationId() {
        return Optional.ofNullable(current().get(CORRELATION_ID));
    }
}

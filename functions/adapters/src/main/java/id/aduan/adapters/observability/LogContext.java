package id.aduan.adapters.observability;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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

    /**
     * A scope's own fields, and the complaints whose stories work in it joined (complaint to correlation
     * id, empty when the complaint has none), which it shares with its inner scopes and the threads it
     * starts: a delivery's line written after its conversations were taken in, each on its own thread,
     * reads them there.
     */
    private record Scope(Map<String, String> fields, Map<String, String> joined) {

        Scope copy() {
            return new Scope(new LinkedHashMap<>(fields), joined);
        }
    }

    private static final InheritableThreadLocal<Scope> SCOPE = new InheritableThreadLocal<>() {
        @Override
        protected Scope childValue(Scope parent) {
            return parent == null ? null : parent.copy();
        }
    };

    private LogContext() {
    }

    /** Runs {@code work} in a scope whose log lines carry {@code name}: {@code value}, and the outer scope's. */
    public static <T> T with(String name, String value, Supplier<T> work) {
        var outer = SCOPE.get();
        var scope = outer == null ? new Scope(new LinkedHashMap<>(), new ConcurrentHashMap<>()) : outer.copy();
        scope.fields().put(name, value);
        SCOPE.set(scope);
        try {
            return work.get();
        } finally {
            SCOPE.set(outer);
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
        var scope = SCOPE.get();
        if (scope != null && value != null) {
            scope.fields().putIfAbsent(name, value);
        }
    }

    /**
     * Joins the story of a complaint already stored: the rest of this scope's lines name it and carry its
     * correlation id, and the delivery being taken in stays named as {@link #DELIVERY}. A complaint stored
     * before correlation ids were kept leaves the scope's correlation id as it was. Outside a scope it
     * does nothing.
     */
    public static void joinComplaint(String complaint, String correlationId) {
        var scope = SCOPE.get();
        if (scope == null) {
            return;
        }
        joined(scope.fields(), complaint, correlationId);
        scope.joined().put(complaint, correlationId == null ? "" : correlationId);
    }

    private static void joined(Map<String, String> fields, String complaint, String correlationId) {
        var delivery = fields.getOrDefault(DELIVERY, fields.get(CORRELATION_ID));
        fields.put(COMPLAINT, complaint);
        if (correlationId != null && !correlationId.isEmpty()) {
            if (delivery != null) {
                fields.put(DELIVERY, delivery);
            }
            fields.put(CORRELATION_ID, correlationId);
        }
    }

    /** The id of the delivery being taken in, whichever complaint's story the scope has joined since. */
    public static Optional<String> deliveryId() {
        var scope = SCOPE.get();
        var fields = scope == null ? Map.<String, String>of() : scope.fields();
        return Optional.ofNullable(fields.getOrDefault(DELIVERY, fields.get(CORRELATION_ID)));
    }

    /**
     * The current scope's fields; a scope that names no complaint itself but in which exactly one
     * complaint's story was joined (a delivery of one conversation) is about that complaint.
     */
    public static Map<String, String> current() {
        var scope = SCOPE.get();
        if (scope == null) {
            return Map.of();
        }
        var fields = new LinkedHashMap<>(scope.fields());
        if (!fields.containsKey(COMPLAINT) && scope.joined().size() == 1) {
            var only = scope.joined().entrySet().iterator().next();
            joined(fields, only.getKey(), only.getValue());
        }
        return Map.copyOf(fields);
    }

    public static Optional<String> correlationId() {
        return Optional.ofNullable(current().get(CORRELATION_ID));
    }
}

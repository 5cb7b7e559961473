package id.aduan.adapters.runtime;

import id.aduan.core.kernel.Tenant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one run of a scheduled or directly invoked function did: its log line (a warning when something
 * needs attention), its metrics, the answer the invoker gets, and the failure to end the invocation with,
 * if any (so that the function's error alarm and Lambda's retries see it).
 */
public record Outcome(boolean warning, String message, Map<String, ?> fields, Map<String, ? extends Number> metrics,
                      Object answer, RuntimeException failure) {

    /** A run that went as it should; it answers with its log line's fields. */
    public static Outcome info(String message, Map<String, ?> fields, Map<String, ? extends Number> metrics) {
        return new Outcome(false, message, fields, metrics, fields, null);
    }

    /** A run that left something for operations or a later run; it answers with its log line's fields. */
    public static Outcome warning(String message, Map<String, ?> fields, Map<String, ? extends Number> metrics) {
        return new Outcome(true, message, fields, metrics, fields, null);
    }

    public Outcome answering(Object differentAnswer) {
        return new Outcome(warning, message, fields, metrics, differentAnswer, failure);
    }

    public Outcome failingWith(RuntimeException error) {
        return new Outcome(warning, message, fields, metrics, answer, error);
    }

    /**
     * This run of a job that runs once per tenant, when the passes of {@code failedTenants} failed (with
     * why): a warning naming them, counted in {@code TenantPassesFailed}, and a failed invocation, after
     * the other tenants' passes ran. Unchanged when every pass ran.
     */
    public Outcome failedFor(Map<Tenant, String> failedTenants) {
        if (failedTenants.isEmpty()) {
            return this;
        }
        var named = new LinkedHashMap<String, String>();
        failedTenants.forEach((tenant, error) -> named.put(tenant.id(), error));
        var logged = new LinkedHashMap<String, Object>(fields);
        logged.put("failedTenants", named);
        var counted = new LinkedHashMap<String, Number>(metrics);
        counted.put("TenantPassesFailed", failedTenants.size());
        return new Outcome(true, message + ": a tenant's pass failed", logged, counted, answer,
                new IllegalStateException(message + " failed for tenants " + named.keySet() + ": " + named.values()));
    }
}

package id.aduan.core.kernel;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What a scheduled job does for each government the stack serves, built once per container: the
 * sweep, the digest, the retention run or the learner, each on its own tenant's stores and
 * configuration. A run goes through the tenants in the stack's order; one tenant's failure is kept
 * and the others' passes still run, so a broken government never holds up another's alerts.
 *
 * @param <T> one tenant's part of the job
 */
public final class TenantPasses<T> {

    private final Map<Tenant, T> parts;

    public TenantPasses(Tenants tenants, Function<Tenant, T> part) {
        var built = new LinkedHashMap<Tenant, T>();
        tenants.all().forEach(tenant -> built.put(tenant, part.apply(tenant)));
        this.parts = Collections.unmodifiableMap(built);
    }

    /**
     * What one run did: the result of each tenant's pass that finished, and why each of the others failed
     * (the error's type and message), both in the stack's order.
     */
    public record Run<R>(Map<Tenant, R> results, Map<Tenant, String> failed) {

        public boolean complete() {
            return failed.isEmpty();
        }
    }

    public <R> Run<R> run(Function<T, R> pass) {
        var results = new LinkedHashMap<Tenant, R>();
        var failed = new LinkedHashMap<Tenant, String>();
        parts.forEach((tenant, part) -> {
            try {
                results.put(tenant, pass.apply(part));
            } catch (RuntimeException e) {
                failed.put(tenant, ErrorStory.of(e));
            }
        });
        return new Run<>(Collections.unmodifiableMap(results), Collections.unmodifiableMap(failed));
    }

    /** One tenant's part, as built. */
    public T of(Tenant tenant) {
        var part = parts.get(tenant);
        if (part == null) {
            throw new IllegalArgumentException("the stack does not serve " + tenant);
        }
        return part;
    }
}

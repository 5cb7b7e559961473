package id.aduan.core.kernel;

import java.util.List;
import java.util.Optional;

/**
 * The governments one stack serves, in the order they were configured. The first owns whatever was
 * stored before the stack had tenants, so a stack with one tenant behaves as one without any.
 */
public record Tenants(List<Tenant> all) {

    public Tenants {
        all = List.copyOf(all);
        if (all.isEmpty()) {
            throw new IllegalArgumentException("a stack serves at least one tenant");
        }
        if (all.stream().distinct().count() != all.size()) {
            throw new IllegalArgumentException("a tenant is configured once: " + all);
        }
    }

    public static Tenants of(String... ids) {
        return new Tenants(List.of(ids).stream().map(Tenant::new).toList());
    }

    /** The tenant of what was stored before the stack had tenants. */
    public Tenant first() {
        return all.getFirst();
    }

    /** The one tenant of a stack that serves one; empty when it serves several. */
    public Optional<Tenant> only() {
        return all.size() == 1 ? Optional.of(first()) : Optional.empty();
    }

    /** The configured tenant with this id; empty for an id the stack does not serve, or no region code at all. */
    public Optional<Tenant> named(String id) {
        return all.stream().filter(tenant -> tenant.id().equals(id)).findFirst();
    }

    public boolean contains(Tenant tenant) {
        return all.contains(tenant);
    }
}

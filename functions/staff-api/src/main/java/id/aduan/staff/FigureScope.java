package id.aduan.staff;

import id.aduan.core.kernel.Tenant;
import id.aduan.core.language.Phrase;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The governments whose figures a request reads: a staff member's own tenant, or for the province role
 * the one {@code ?tenant=} names, else every tenant the stack serves, summed.
 *
 * @param parameters the query parameters the scope was read from, which the route accepts besides its own
 */
record FigureScope(List<TenantDesks> desks, Set<String> parameters) {

    static final String TENANT = "tenant";

    static FigureScope own(TenantDesks desks) {
        return new FigureScope(List.of(desks), Set.of());
    }

    static FigureScope province(Map<String, String> query, Wiring wiring) {
        var named = query.get(TENANT);
        var tenants = named == null ? wiring.tenants.all() : List.of(wiring.tenants.named(named.strip())
                .orElseThrow(() -> new BadRequest("UNKNOWN_TENANT", TENANT,
                        Phrase.of("error.tenant.unknown", named, wiring.tenants.all()))));
        return new FigureScope(tenants.stream().map(wiring::desks).toList(), Set.of(TENANT));
    }

    /** The ids of the tenants covered, for the answer to name. */
    List<String> tenantIds() {
        return desks.stream().map(each -> each.tenant).map(Tenant::id).toList();
    }
}

package id.aduan.staff;

import id.aduan.core.kernel.Tenant;
import id.aduan.core.language.Phrase;
import id.aduan.core.triage.HomeRegion;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The governments whose figures a request reads: a staff member's own tenant, or for the province role
 * the one {@code ?tenant=} names, else every tenant the stack serves, summed.
 *
 * @param parameters the query parameters the scope was read from, which the route accepts besides its own
 * @param choices the governments the caller may choose between with {@code ?tenant=}: every tenant of the
 *                stack for the province role, none for a government's own staff
 */
record FigureScope(List<TenantDesks> desks, Set<String> parameters, List<Tenant> choices) {

    static final String TENANT = "tenant";

    static FigureScope own(TenantDesks desks) {
        return new FigureScope(List.of(desks), Set.of(), List.of());
    }

    static FigureScope province(Map<String, String> query, Wiring wiring) {
        var named = query.get(TENANT);
        var tenants = named == null ? wiring.tenants.all() : List.of(wiring.tenants.named(named.strip())
                .orElseThrow(() -> new BadRequest("UNKNOWN_TENANT", TENANT,
                        Phrase.of("error.tenant.unknown", named, wiring.tenants.all()))));
        return new FigureScope(tenants.stream().map(wiring::desks).toList(), Set.of(TENANT), wiring.tenants.all());
    }

    /**
     * Names in a figures answer the tenants it covers ({@code tenants}) and, for the province role, every
     * government it may choose from ({@code served}: id and name, the name the gazetteer gives a kabupaten
     * or kota, else the code), so a console can offer the choice.
     */
    void describe(Map<String, Object> answer) {
        answer.put("tenants", desks.stream().map(each -> each.tenant).map(Tenant::id).toList());
        if (!choices.isEmpty()) {
            answer.put("served", choices.stream().map(FigureScope::government).toList());
        }
    }

    private static Map<String, String> government(Tenant tenant) {
        var government = new LinkedHashMap<String, String>();
        government.put("id", tenant.id());
        government.put("name", HomeRegion.nameOf(tenant));
        return government;
    }
}

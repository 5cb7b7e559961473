package id.aduan.publicapi;

import id.aduan.core.kernel.Tenant;
import id.aduan.core.kernel.Tenants;

/**
 * Where one government's public answers live: the stack's first tenant keeps the paths a stack had
 * before tenants ({@code /transparansi}, {@code /public/figures}, Open311 without {@code jurisdiction_id}),
 * every other tenant has its id as a path segment and as Open311's {@code jurisdiction_id}.
 *
 * @param open311Query what an Open311 link of the tenant's ends with: empty, or its {@code jurisdiction_id}
 */
record PublicPaths(String page, String figures, String open311Query) {

    static PublicPaths of(Tenant tenant, Tenants tenants) {
        if (tenant.equals(tenants.first())) {
            return new PublicPaths("/transparansi", "/public/figures", "");
        }
        return new PublicPaths("/transparansi/" + tenant.id(), "/public/" + tenant.id() + "/figures",
                "?jurisdiction_id=" + tenant.id());
    }
}

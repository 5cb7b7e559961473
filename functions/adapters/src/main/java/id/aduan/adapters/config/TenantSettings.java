package id.aduan.adapters.config;

import id.aduan.core.kernel.Tenant;
import id.aduan.core.kernel.Tenants;
import id.aduan.core.triage.HomeRegion;
import java.util.Arrays;

/**
 * The governments the stack serves: {@code TENANTS}, comma-separated region codes, the first owning what
 * was stored before tenants; unset, the one tenant {@code HOME_REGION_CODE} (Kota Bandung, 32.73, when
 * that is unset too), so a stack deployed before tenants keeps working as it did.
 */
public final class TenantSettings {

    public static final String TENANTS = "TENANTS";

    private TenantSettings() {
    }

    /** Read once per container; a list that is not region codes stops the function starting. */
    public static Tenants configured(Settings settings) {
        var list = settings.optional(TENANTS)
                .orElseGet(() -> settings.optional(TriageSettings.HOME_REGION_CODE).orElse(HomeRegion.KOTA_BANDUNG.code()));
        try {
            return new Tenants(Arrays.stream(list.split(",", -1)).map(String::strip).map(Tenant::new).toList());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(TENANTS + ": " + e.getMessage(), e);
        }
    }
}

package id.aduan.adapters.config;

import id.aduan.adapters.dynamodb.DynamoDbTriageModelStore;
import id.aduan.adapters.runtime.FunctionRuntime;
import id.aduan.core.kernel.Tenant;
import id.aduan.core.learning.RefreshingTriage;
import id.aduan.core.triage.HomeRegion;
import id.aduan.core.triage.Triage;
import java.time.Duration;

/**
 * Triage as the functions that assess messages run it, for one tenant: at home in the tenant's own
 * kabupaten or kota (a province tenant, or one the gazetteer does not list, is at home where
 * {@code HOME_REGION_CODE} says, Kota Bandung when unset), blended with the model the nightly learner
 * saved for that tenant.
 */
public final class TriageSettings {

    public static final String HOME_REGION_CODE = "HOME_REGION_CODE";
    /** A model the nightly learner saved reaches running containers within this time. */
    private static final Duration MODEL_CHECK = Duration.ofMinutes(15);

    private TriageSettings() {
    }

    /**
     * Build once per tenant and container; for a tenant at home where {@code HOME_REGION_CODE} says, a code
     * the gazetteer does not list fails naming the setting.
     */
    public static RefreshingTriage configured(FunctionRuntime runtime, Tenant tenant) {
        return new RefreshingTriage(Triage.builtIn(homeRegion(runtime.settings(), tenant)),
                new DynamoDbTriageModelStore(runtime.table().forTenant(tenant)), runtime.clock(), MODEL_CHECK);
    }

    static HomeRegion homeRegion(Settings settings, Tenant tenant) {
        return HomeRegion.find(tenant.id()).orElseGet(() -> homeRegion(settings));
    }

    static HomeRegion homeRegion(Settings settings) {
        var code = settings.optional(HOME_REGION_CODE);
        try {
            return code.map(HomeRegion::of).orElse(HomeRegion.KOTA_BANDUNG);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(HOME_REGION_CODE + ": " + e.getMessage(), e);
        }
    }
}

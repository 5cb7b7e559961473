package id.aduan.learner;

import id.aduan.adapters.config.CachedConfigSnapshot;
import id.aduan.adapters.config.TenantSettings;
import id.aduan.adapters.dynamodb.DynamoDbRoutingExamples;
import id.aduan.adapters.dynamodb.DynamoDbTriageModelStore;
import id.aduan.adapters.runtime.FunctionRuntime;
import id.aduan.adapters.runtime.Priming;
import id.aduan.core.kernel.TenantPasses;
import id.aduan.core.learning.ModelRefresh;
import id.aduan.core.triage.Triage;

/**
 * Builds the learner's pieces once per container: for each tenant, the refresh of its own model from
 * the routings its staff confirmed, to the units it configured.
 */
public final class Wiring {

    final FunctionRuntime runtime;
    final TenantPasses<ModelRefresh> refreshes;
    private final Priming priming;

    public Wiring(FunctionRuntime runtime) {
        this.runtime = runtime;
        var tenants = TenantSettings.configured(runtime.settings());
        this.refreshes = new TenantPasses<>(tenants, tenant -> {
            var table = runtime.table().forTenant(tenant);
            return new ModelRefresh(new DynamoDbTriageModelStore(table), new DynamoDbRoutingExamples(table),
                    Triage.builtIn(), CachedConfigSnapshot.of(runtime, tenant)::units, runtime.clock());
        });
        var firstModel = new DynamoDbTriageModelStore(runtime.table().forTenant(tenants.first()));
        this.priming = Priming.register(firstModel::currentVersion);
    }
}

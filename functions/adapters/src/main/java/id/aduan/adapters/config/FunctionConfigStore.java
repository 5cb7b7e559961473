package id.aduan.adapters.config;

import id.aduan.adapters.dynamodb.DynamoDbConfigStore;
import id.aduan.adapters.runtime.FunctionRuntime;
import id.aduan.core.kernel.Tenant;
import id.aduan.core.sla.WorkingCalendar;

/** The configuration store a function reads a tenant's units and SLA rules from: its table, bound to that tenant. */
final class FunctionConfigStore {

    private FunctionConfigStore() {
    }

    /** One government's configuration, for a function that serves each tenant in turn. */
    static DynamoDbConfigStore of(FunctionRuntime runtime, Tenant tenant) {
        return new DynamoDbConfigStore(runtime.table().forTenant(tenant), WorkingCalendar.standard(),
                TenantSettings.configured(runtime.settings()).first());
    }
}

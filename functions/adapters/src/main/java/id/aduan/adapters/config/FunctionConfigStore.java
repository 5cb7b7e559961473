package id.aduan.adapters.config;

import id.aduan.adapters.dynamodb.DynamoDbConfigStore;
import id.aduan.adapters.runtime.FunctionRuntime;
import id.aduan.core.kernel.Tenant;
import id.aduan.core.sla.WorkingCalendar;

/** The configuration store a function reads its units and SLA rules from: its table, its first tenant. */
final class FunctionConfigStore {

    private FunctionConfigStore() {
    }

    static DynamoDbConfigStore of(FunctionRuntime runtime) {
        return new DynamoDbConfigStore(runtime.table(), WorkingCalendar.standard(),
                TenantSettings.configured(runtime.settings()).first());
    }

    /** One government's configuration, for a function that serves each tenant in turn. */
    static DynamoDbConfigStore of(FunctionRuntime runtime, Tenant tenant) {
        return new DynamoDbConfigStore(runtime.table().forTenant(tenant), WorkingCalendar.standard(),
                TenantSettings.configured(runtime.settings()).first());
    }
}

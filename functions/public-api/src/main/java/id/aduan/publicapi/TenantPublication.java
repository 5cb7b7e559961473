package id.aduan.publicapi;

import id.aduan.adapters.config.CachedConfigStore;
import id.aduan.adapters.dynamodb.DynamoDbComplaintStore;
import id.aduan.adapters.dynamodb.DynamoDbConfigStore;
import id.aduan.adapters.dynamodb.DynamoDbPeriodIndex;
import id.aduan.adapters.runtime.FunctionRuntime;
import id.aduan.core.kernel.Tenant;
import id.aduan.core.kernel.Tenants;
import id.aduan.core.sla.WorkingCalendar;
import java.time.Clock;
import java.time.Duration;

/**
 * What the public API publishes of one government, read through the table bound to its tenant: its
 * figures, its tracking codes, its Open311 requests and its page. Built on the tenant's first request in
 * a container and kept ({@link Wiring#publication}).
 */
final class TenantPublication {

    private static final Duration CONFIG_CACHE = Duration.ofMinutes(1);

    final CachedConfigStore config;
    final Tracking tracking;
    final FiguresCache figures;
    final Open311Routes open311;
    final TransparencyRoute page;

    TenantPublication(FunctionRuntime runtime, Tenants tenants, Tenant tenant, Clock clock) {
        var table = runtime.table().forTenant(tenant);
        this.config = new CachedConfigStore(new DynamoDbConfigStore(table, WorkingCalendar.standard(), tenants.first()),
                clock, CONFIG_CACHE);
        var index = new DynamoDbPeriodIndex(table);
        this.tracking = new Tracking(new DynamoDbComplaintStore(table));
        this.figures = new FiguresCache(index, config, clock);
        this.open311 = new Open311Routes(index, tracking, config, clock);
        this.page = new TransparencyRoute(figures, tracking, config, PublicPaths.of(tenant, tenants));
    }
}

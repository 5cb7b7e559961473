package id.aduan.publicapi;

import id.aduan.adapters.config.CachedConfigStore;
import id.aduan.adapters.config.TenantSettings;
import id.aduan.adapters.config.Settings;
import id.aduan.adapters.dynamodb.DynamoDbComplaintStore;
import id.aduan.adapters.dynamodb.DynamoDbConfigStore;
import id.aduan.adapters.dynamodb.DynamoDbPeriodIndex;
import id.aduan.adapters.runtime.FunctionRuntime;
import id.aduan.adapters.runtime.Priming;
import id.aduan.core.sla.WorkingCalendar;
import java.time.Clock;
import java.time.Duration;

/**
 * Builds the public API's pieces once per container, over the table only (read-only). Settings:
 * {@code TABLE_NAME}.
 */
public final class Wiring {

    private static final Duration CONFIG_CACHE = Duration.ofMinutes(1);

    final FunctionRuntime runtime;
    final CachedConfigStore config;
    final Tracking tracking;
    final FiguresCache figures;
    final Open311Routes open311;
    final TransparencyRoute page;
    final PublicRoutes routes;
    private final Priming priming;

    public Wiring(Settings settings, Clock clock) {
        this.runtime = new FunctionRuntime("public-api", settings, clock);
        var table = runtime.table();
        this.config = new CachedConfigStore(new DynamoDbConfigStore(table, WorkingCalendar.standard(),
                TenantSettings.configured(settings).first()), clock,
                CONFIG_CACHE);
        var index = new DynamoDbPeriodIndex(table);
        this.tracking = new Tracking(new DynamoDbComplaintStore(table));
        this.figures = new FiguresCache(index, config, clock);
        this.open311 = new Open311Routes(index, tracking, config, clock);
        this.page = new TransparencyRoute(figures, tracking, config);
        this.routes = new PublicRoutes(this);
        this.priming = Priming.register(() -> routes.handle(PublicWarmUp.PAGE));
    }

    public static Wiring fromEnvironment() {
        return new Wiring(Settings.fromEnvironment(), Clock.systemUTC());
    }

    public FunctionRuntime runtime() {
        return runtime;
    }
}

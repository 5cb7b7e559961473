package id.aduan.publicapi;

import id.aduan.adapters.config.Settings;
import id.aduan.adapters.config.TenantSettings;
import id.aduan.adapters.runtime.FunctionRuntime;
import id.aduan.adapters.runtime.Priming;
import id.aduan.core.kernel.PerTenant;
import id.aduan.core.kernel.Tenant;
import id.aduan.core.kernel.Tenants;
import java.time.Clock;

/**
 * Builds the public API's pieces once per container, over the table only (read-only): each tenant's
 * ({@link TenantPublication}) on its first request. Settings: {@code TABLE_NAME}, {@code TENANTS}.
 */
public final class Wiring {

    final FunctionRuntime runtime;
    final Tenants tenants;
    final PublicRoutes routes;
    private final PerTenant<TenantPublication> publications;
    private final Priming priming;

    public Wiring(Settings settings, Clock clock) {
        this.runtime = new FunctionRuntime("public-api", settings, clock);
        this.tenants = TenantSettings.configured(settings);
        this.publications = new PerTenant<>(served -> new TenantPublication(runtime, tenants, served, clock));
        this.routes = new PublicRoutes(this);
        this.priming = Priming.register(() -> routes.handle(PublicWarmUp.PAGE));
    }

    /** What the public API publishes of one tenant the stack serves, built on first use and kept. */
    TenantPublication publication(Tenant tenant) {
        if (!tenants.contains(tenant)) {
            throw new IllegalArgumentException("the stack serves no tenant " + tenant);
        }
        return publications.apply(tenant);
    }

    public static Wiring fromEnvironment() {
        return new Wiring(Settings.fromEnvironment(), Clock.systemUTC());
    }

    public FunctionRuntime runtime() {
        return runtime;
    }
}

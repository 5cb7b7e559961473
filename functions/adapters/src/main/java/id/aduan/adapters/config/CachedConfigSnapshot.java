package id.aduan.adapters.config;

import id.aduan.adapters.runtime.FunctionRuntime;
import id.aduan.core.account.AccountCatalog;
import id.aduan.core.config.ConfigStore;
import id.aduan.core.kernel.Tenant;
import id.aduan.core.reply.Templates;
import id.aduan.core.sla.SlaRules;
import id.aduan.core.unit.UnitCatalog;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The configuration of a function that needs several sections (the SLA monitor: units, SLA targets and
 * the working calendar): every section in one read, kept for the time to live, where
 * {@link CachedConfigStore} reads and keeps each on its own.
 */
public final class CachedConfigSnapshot implements ConfigStore {

    private static final Duration CONFIG_CACHE = Duration.ofMinutes(1);

    private final Cached<ConfigStore> snapshot;

    public CachedConfigSnapshot(Supplier<ConfigStore> read, Clock clock, Duration timeToLive) {
        this.snapshot = new Cached<>(read, clock, timeToLive);
    }

    /** One government's configuration, read at most once a minute; build once per tenant and container. */
    public static CachedConfigSnapshot of(FunctionRuntime runtime, Tenant tenant) {
        return new CachedConfigSnapshot(FunctionConfigStore.of(runtime, tenant)::snapshot, runtime.clock(),
                CONFIG_CACHE);
    }

    @Override
    public UnitCatalog units() {
        return snapshot.get().units();
    }

    @Override
    public SlaRules slaRules() {
        return snapshot.get().slaRules();
    }

    @Override
    public Templates replyTemplates() {
        return snapshot.get().replyTemplates();
    }

    @Override
    public AccountCatalog accounts() {
        return snapshot.get().accounts();
    }
}

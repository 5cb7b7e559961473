package id.aduan.slamonitor;

import id.aduan.adapters.config.Settings;
import id.aduan.adapters.config.TenantSettings;
import id.aduan.adapters.dynamodb.DynamoDbPersonalDataStore;
import id.aduan.adapters.runtime.FunctionRuntime;
import id.aduan.core.erasure.PersonalDataEraser;
import id.aduan.core.erasure.RetentionPolicy;
import id.aduan.core.kernel.TenantPasses;
import java.time.Clock;

/**
 * Builds the retention job's pieces once per container, an eraser for each tenant over its own
 * complaints; apart from {@link Wiring}, since the retention function has no alerts topic. Settings:
 * {@code RETENTION_DAYS} (730), {@code RETENTION_BATCH} (200, per tenant and run).
 */
public final class RetentionWiring {

    final FunctionRuntime runtime;
    final TenantPasses<PersonalDataEraser> erasers;
    final int batch;

    public RetentionWiring(Settings settings, Clock clock) {
        this.runtime = new FunctionRuntime("retention", settings, clock);
        var policy = RetentionPolicy.ofDays(settings.integer("RETENTION_DAYS", 730));
        this.erasers = new TenantPasses<>(TenantSettings.configured(settings), tenant -> new PersonalDataEraser(
                new DynamoDbPersonalDataStore(runtime.table().forTenant(tenant)), policy, clock));
        this.batch = settings.integer("RETENTION_BATCH", 200);
    }
}

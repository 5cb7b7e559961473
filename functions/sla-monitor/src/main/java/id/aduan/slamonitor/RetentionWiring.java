package id.aduan.slamonitor;

import id.aduan.adapters.config.Settings;
import id.aduan.adapters.dynamodb.DynamoDbPersonalDataStore;
import id.aduan.adapters.runtime.FunctionRuntime;
import id.aduan.core.erasure.PersonalDataEraser;
import id.aduan.core.erasure.RetentionPolicy;
import java.time.Clock;

/**
 * Builds the retention job's pieces once per container; apart from {@link Wiring}, since the retention
 * function has no alerts topic. Settings: {@code RETENTION_DAYS} (730), {@code RETENTION_BATCH} (200).
 */
public final class RetentionWiring {

    final FunctionRuntime runtime;
    final PersonalDataEraser eraser;
    final int batch;

    public RetentionWiring(Settings settings, Clock clock) {
        this.runtime = new FunctionRuntime("retention", settings, clock);
        this.eraser = new PersonalDataEraser(new DynamoDbPersonalDataStore(runtime.table()),
                RetentionPolicy.ofDays(settings.integer("RETENTION_DAYS", 730)), clock);
        this.batch = settings.integer("RETENTION_BATCH", 200);
    }
}

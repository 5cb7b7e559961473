package id.aduan.slamonitor;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import id.aduan.adapters.config.Settings;
import id.aduan.adapters.dynamodb.DynamoDbPersonalDataStore;
import id.aduan.adapters.json.Json;
import id.aduan.adapters.runtime.FunctionRuntime;
import id.aduan.core.erasure.PersonalDataEraser;
import id.aduan.core.erasure.RetentionPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every hour: erases the personal data of closed and rejected complaints closed longer ago than
 * {@code RETENTION_DAYS} (UU 27/2022), at most {@code RETENTION_BATCH} complaints a run so that a run
 * ends well within its timeout; what is left waits for the next run.
 */
public final class RetentionHandler implements RequestStreamHandler {

    private final FunctionRuntime runtime;
    private final PersonalDataEraser eraser;
    private final int batch;

    public RetentionHandler() {
        this(Settings.fromEnvironment(), Clock.systemUTC());
    }

    /** For running in-process with a given environment (the local run). */
    public RetentionHandler(Settings settings) {
        this(settings, Clock.systemUTC());
    }

    /** With a given clock: tests run it years later. */
    public RetentionHandler(Settings settings, Clock clock) {
        this.runtime = new FunctionRuntime("retention", settings, clock);
        this.eraser = new PersonalDataEraser(new DynamoDbPersonalDataStore(runtime.table()),
                RetentionPolicy.ofDays(settings.integer("RETENTION_DAYS", 730)), clock);
        this.batch = settings.integer("RETENTION_BATCH", 200);
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        input.readAllBytes();
        long started = System.nanoTime();
        var run = eraser.eraseExpired(batch);
        var fields = new LinkedHashMap<String, Object>();
        fields.put("erased", run.erased());
        fields.put("notYetExpired", run.notYetExpired());
        fields.put("more", run.more());
        fields.put("durationMillis", (System.nanoTime() - started) / 1_000_000);
        runtime.log().info("retention", fields);
        runtime.metrics().emit(Map.of("PersonalDataErased", run.erased()));
        Json.mapper().writeValue(output, fields);
    }
}

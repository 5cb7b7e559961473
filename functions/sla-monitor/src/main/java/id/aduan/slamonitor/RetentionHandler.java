package id.aduan.slamonitor;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import id.aduan.adapters.config.Settings;
import id.aduan.adapters.runtime.Invocation;
import id.aduan.adapters.runtime.Outcome;
import id.aduan.adapters.runtime.ServedJobs;
import id.aduan.core.erasure.PersonalDataEraser.RetentionRun;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every hour, for each tenant in turn: erases the personal data of closed and rejected complaints closed
 * longer ago than {@code RETENTION_DAYS} (UU 27/2022), at most {@code RETENTION_BATCH} complaints of a
 * tenant a run so that a run ends well within its timeout; what is left waits for the next run.
 */
public final class RetentionHandler implements RequestStreamHandler {

    private final RetentionWiring wiring;

    public RetentionHandler() {
        this(Settings.fromEnvironment(), Clock.systemUTC());
    }

    /** For running in-process with a given environment (the local run). */
    public RetentionHandler(Settings settings) {
        this(settings, Clock.systemUTC());
    }

    /** With a given clock: tests run it years later. */
    public RetentionHandler(Settings settings, Clock clock) {
        this.wiring = new RetentionWiring(settings, clock);
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        new ServedJobs(wiring.runtime).serve(input, output, context, (invocation, event) -> erase(invocation));
    }

    private Outcome erase(Invocation invocation) {
        var passes = wiring.erasers.run(eraser -> eraser.eraseExpired(wiring.batch));
        var run = RetentionRun.together(passes.results().values());
        var fields = new LinkedHashMap<String, Object>();
        fields.put("erased", run.erased());
        fields.put("notYetExpired", run.notYetExpired());
        fields.put("more", run.more());
        fields.put("durationMillis", invocation.millis());
        return Outcome.info("retention", fields, Map.of("PersonalDataErased", run.erased()))
                .failedFor(passes.failed());
    }
}

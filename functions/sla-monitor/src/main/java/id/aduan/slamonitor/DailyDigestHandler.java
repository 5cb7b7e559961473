package id.aduan.slamonitor;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import id.aduan.adapters.config.Settings;
import id.aduan.adapters.runtime.Invocation;
import id.aduan.adapters.runtime.Outcome;
import id.aduan.adapters.runtime.ServedJobs;
import id.aduan.core.alert.OutboxPublisher;
import id.aduan.core.digest.DailyDigest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The daily digest at 07:00 in Jakarta, for each tenant on its own figures and configuration: per unit
 * and for the whole city, the backlog by age, the breaches of the last day and first-response times. A
 * digest whose publish failed stays in its tenant's alert outbox, where the next SLA sweep publishes it.
 */
public final class DailyDigestHandler implements RequestStreamHandler {

    private final Wiring wiring;

    public DailyDigestHandler() {
        this(Wiring.fromEnvironment());
    }

    /** For running in-process with a given environment (tests, the local run). */
    public DailyDigestHandler(Settings settings) {
        this(new Wiring(settings, Clock.systemUTC()));
    }

    public DailyDigestHandler(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        new ServedJobs(wiring.runtime).serve(input, output, context, (invocation, event) -> send(invocation));
    }

    private Outcome send(Invocation invocation) {
        var run = wiring.tenants.run(jobs -> jobs.digest().get().send());
        var report = DailyDigest.Report.together(run.results().values());
        var published = report.outcomes().stream().filter(OutboxPublisher.Outcome::published).count();
        var fields = new LinkedHashMap<String, Object>();
        fields.put("units", report.units());
        fields.put("published", published);
        fields.put("failed", report.outcomes().size() - published);
        fields.put("recordedBefore", report.recordedBefore());
        fields.put("durationMillis", invocation.millis());
        return Outcome.info("daily digest", fields, Map.of("DigestsPublished", published,
                "DigestsFailed", report.outcomes().size() - published)).failedFor(run.failed());
    }
}

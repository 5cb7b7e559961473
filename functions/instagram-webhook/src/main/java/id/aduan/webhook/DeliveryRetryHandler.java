package id.aduan.webhook;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import id.aduan.adapters.config.Settings;
import id.aduan.adapters.json.JsonReader;
import id.aduan.adapters.observability.LogContext;
import id.aduan.adapters.runtime.Outcome;
import id.aduan.adapters.runtime.ServedJobs;
import id.aduan.core.ingest.IntakeResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Takes in again, from the stored body, the deliveries that failed or stopped half-way: on its schedule
 * every due one, or one named delivery when invoked with {@code {"delivery": "<sha-256>"}} (after a fix,
 * by an operator).
 */
public final class DeliveryRetryHandler implements RequestStreamHandler {

    private static final int BATCH = 100;

    private final Wiring wiring;

    public DeliveryRetryHandler() {
        this(Wiring.fromEnvironment());
    }

    /** For running in-process with a given environment (tests, the local run). */
    public DeliveryRetryHandler(Settings settings) {
        this(new Wiring(settings, Clock.systemUTC()));
    }

    public DeliveryRetryHandler(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        new ServedJobs(wiring.runtime).serve(input, output, context, (invocation, event) -> {
            var deadline = invocation.deadline();
            var named = namedDelivery(event);
            return report(named != null
                    ? List.of(LogContext.with(LogContext.CORRELATION_ID, named, () -> wiring.intake.replay(named, deadline)))
                    : wiring.intake.retryDue(BATCH, deadline));
        });
    }

    private static String namedDelivery(byte[] event) throws IOException {
        return JsonReader.read(event).path("delivery").asText(null);
    }

    private static Outcome report(List<IntakeResult> results) {
        var processed = 0;
        var setAside = 0;
        var stillFailing = 0;
        var missing = 0;
        for (IntakeResult result : results) {
            switch (result) {
                case IntakeResult.Processed(var id, var summary) when summary.succeeded() -> processed++;
                case IntakeResult.Processed(var id, var summary) when summary.deadLettered() -> setAside++;
                case IntakeResult.NotFound notFound -> missing++;
                default -> stillFailing++;
            }
        }
        var report = new LinkedHashMap<String, Object>();
        report.put("replayed", results.size());
        report.put("processed", processed);
        report.put("setAside", setAside);
        report.put("stillFailing", stillFailing);
        report.put("notFound", missing);
        return Outcome.info("deliveries replayed", report,
                Map.of("DeliveriesReplayed", results.size(), "DeliveriesStillFailing", stillFailing));
    }
}

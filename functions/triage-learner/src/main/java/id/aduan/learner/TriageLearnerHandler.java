package id.aduan.learner;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import id.aduan.adapters.config.Settings;
import id.aduan.adapters.runtime.FunctionRuntime;
import id.aduan.adapters.runtime.Outcome;
import id.aduan.adapters.runtime.ServedJobs;
import id.aduan.core.learning.ModelRefresh;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Once a day, for each tenant, teaches its triage router the units its staff confirmed the day before,
 * and saves the refreshed model (one per tenant) for the webhook function to load. With several tenants
 * the figures are the sum over their models.
 */
public final class TriageLearnerHandler implements RequestStreamHandler {

    private final Wiring wiring;

    public TriageLearnerHandler() {
        this(Settings.fromEnvironment());
    }

    public TriageLearnerHandler(Settings settings) {
        this(new FunctionRuntime("triage-learner", settings, Clock.systemUTC()));
    }

    TriageLearnerHandler(FunctionRuntime runtime) {
        this.wiring = new Wiring(runtime);
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        new ServedJobs(wiring.runtime).serve(input, output, context, (invocation, event) -> refresh());
    }

    private Outcome refresh() {
        var run = wiring.refreshes.run(ModelRefresh::refresh);
        var outcome = ModelRefresh.Outcome.together(run.results().values());
        var report = new LinkedHashMap<String, Object>();
        report.put("daysLearned", outcome.daysLearned());
        report.put("examplesLearned", outcome.examplesLearned());
        report.put("modelDocuments", outcome.documents());
        report.put("modelFeatures", outcome.features());
        report.put("saved", outcome.saved());
        return Outcome.info("triage model refreshed", report, Map.of("RoutingExamplesLearned",
                outcome.examplesLearned(), "ModelFeatures", outcome.features())).failedFor(run.failed());
    }
}

package id.aduan.learner;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import id.aduan.adapters.config.Settings;
import id.aduan.adapters.runtime.FunctionRuntime;
import id.aduan.adapters.runtime.Outcome;
import id.aduan.adapters.runtime.ServedJobs;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Once a day, teaches the triage router the units staff confirmed the day before, and saves the
 * refreshed model for the webhook function to load.
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
        var outcome = wiring.refresh.refresh();
        var report = new LinkedHashMap<String, Object>();
        report.put("daysLearned", outcome.daysLearned());
        report.put("examplesLearned", outcome.examplesLearned());
        report.put("modelDocuments", outcome.documents());
        report.put("modelFeatures", outcome.features());
        report.put("saved", outcome.saved());
        return Outcome.info("triage model refreshed", report, Map.of("RoutingExamplesLearned",
                outcome.examplesLearned(), "ModelFeatures", outcome.features()));
    }
}

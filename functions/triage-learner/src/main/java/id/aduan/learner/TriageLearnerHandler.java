package id.aduan.learner;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import id.aduan.adapters.config.ConfiguredUnits;
import id.aduan.adapters.config.Settings;
import id.aduan.adapters.dynamodb.DynamoDbRoutingExamples;
import id.aduan.adapters.dynamodb.DynamoDbTriageModelStore;
import id.aduan.adapters.json.Json;
import id.aduan.adapters.runtime.FunctionRuntime;
import id.aduan.adapters.runtime.Priming;
import id.aduan.core.learning.ModelRefresh;
import id.aduan.core.triage.Triage;
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

    private final FunctionRuntime runtime;
    private final ModelRefresh refresh;
    private final Priming priming;

    public TriageLearnerHandler() {
        this(Settings.fromEnvironment());
    }

    public TriageLearnerHandler(Settings settings) {
        this(new FunctionRuntime("triage-learner", settings, Clock.systemUTC()));
    }

    TriageLearnerHandler(FunctionRuntime runtime) {
        this.runtime = runtime;
        var table = runtime.table();
        var models = new DynamoDbTriageModelStore(table);
        this.refresh = new ModelRefresh(models, new DynamoDbRoutingExamples(table), Triage.builtIn(),
                ConfiguredUnits.of(runtime), runtime.clock());
        this.priming = Priming.register(models::currentVersion);
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        input.readAllBytes();
        var outcome = refresh.refresh();
        var report = new LinkedHashMap<String, Object>();
        report.put("daysLearned", outcome.daysLearned());
        report.put("examplesLearned", outcome.examplesLearned());
        report.put("modelDocuments", outcome.documents());
        report.put("modelFeatures", outcome.features());
        report.put("saved", outcome.saved());
        runtime.log().info("triage model refreshed", report);
        runtime.metrics().emit(Map.of("RoutingExamplesLearned", outcome.examplesLearned(),
                "ModelFeatures", outcome.features()));
        Json.mapper().writeValue(output, report);
    }
}

package id.aduan.learner;

import id.aduan.adapters.config.ConfiguredUnits;
import id.aduan.adapters.dynamodb.DynamoDbRoutingExamples;
import id.aduan.adapters.dynamodb.DynamoDbTriageModelStore;
import id.aduan.adapters.runtime.FunctionRuntime;
import id.aduan.adapters.runtime.Priming;
import id.aduan.core.learning.ModelRefresh;
import id.aduan.core.triage.Triage;

/** Builds the learner's pieces once per container: the model refresh over the table. */
public final class Wiring {

    final FunctionRuntime runtime;
    final ModelRefresh refresh;
    private final Priming priming;

    public Wiring(FunctionRuntime runtime) {
        this.runtime = runtime;
        var table = runtime.table();
        var models = new DynamoDbTriageModelStore(table);
        this.refresh = new ModelRefresh(models, new DynamoDbRoutingExamples(table), Triage.builtIn(),
                ConfiguredUnits.of(runtime), runtime.clock());
        this.priming = Priming.register(models::currentVersion);
    }
}

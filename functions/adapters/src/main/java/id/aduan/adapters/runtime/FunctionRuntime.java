package id.aduan.adapters.runtime;

import id.aduan.adapters.aws.AwsClients;
import id.aduan.adapters.config.Settings;
import id.aduan.adapters.dynamodb.ComplaintTable;
import id.aduan.adapters.observability.JsonLog;
import id.aduan.adapters.observability.Metrics;
import id.aduan.adapters.observability.RequestCounter;
import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * What every function builds once per container: settings, clock, AWS clients, the table, logs and
 * metrics. Each function's wiring adds its own pieces on top.
 */
public final class FunctionRuntime {

    private final Settings settings;
    private final Clock clock;
    private final RequestCounter requests = new RequestCounter();
    private final AwsClients aws;
    private final JsonLog log;
    private final Metrics metrics;
    private ComplaintTable table;

    public FunctionRuntime(String function, Settings settings, Clock clock) {
        this(function, settings, clock, List.of());
    }

    /** With {@code faults} on every AWS client after the request counter (tests inject failures through them). */
    public FunctionRuntime(String function, Settings settings, Clock clock, List<ExecutionInterceptor> faults) {
        this(function, settings, clock, faults, System.out);
    }

    /** Writing its log lines and metrics to {@code out} (unit tests read them there). */
    FunctionRuntime(String function, Settings settings, Clock clock, List<ExecutionInterceptor> faults,
                    PrintStream out) {
        this.settings = settings;
        this.clock = clock;
        var interceptors = new ArrayList<ExecutionInterceptor>();
        interceptors.add(requests);
        interceptors.addAll(faults);
        this.aws = new AwsClients(settings, interceptors);
        var name = settings.optional("AWS_LAMBDA_FUNCTION_NAME").orElse(function);
        this.log = new JsonLog(name, clock, out);
        this.metrics = new Metrics(name, clock, out);
    }

    public Settings settings() {
        return settings;
    }

    public Clock clock() {
        return clock;
    }

    public AwsClients aws() {
        return aws;
    }

    public synchronized ComplaintTable table() {
        if (table == null) {
            table = new ComplaintTable(aws.dynamoDb(), settings.tableName());
        }
        return table;
    }

    public RequestCounter requests() {
        return requests;
    }

    public JsonLog log() {
        return log;
    }

    public Metrics metrics() {
        return metrics;
    }
}

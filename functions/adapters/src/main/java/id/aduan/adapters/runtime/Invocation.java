package id.aduan.adapters.runtime;

import com.amazonaws.services.lambda.runtime.Context;
import id.aduan.core.kernel.Deadline;
import java.time.Duration;

/**
 * One invocation a handler serves, from its start: the time it has left (from Lambda's context) and what
 * it has cost so far, in time and DynamoDB requests, for its log line and metrics.
 */
public final class Invocation {

    private static final String DYNAMO_DB = "DynamoDb";

    private final Deadline deadline;
    private final FunctionRuntime runtime;
    private final long startedNanos = System.nanoTime();
    private final long dynamoDbRequestsBefore;

    private Invocation(FunctionRuntime runtime, Deadline deadline) {
        this.runtime = runtime;
        this.deadline = deadline;
        this.dynamoDbRequestsBefore = runtime.requests().total(DYNAMO_DB);
    }

    /** Starts measuring now; without a context (tests, tools) there is no limit to speak of. */
    public static Invocation begin(FunctionRuntime runtime, Context context) {
        return new Invocation(runtime, context == null
                ? Deadline.none()
                : Deadline.of(() -> Duration.ofMillis(context.getRemainingTimeInMillis())));
    }

    public Deadline deadline() {
        return deadline;
    }

    public long millis() {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    /** DynamoDB requests made since the invocation began, retries included. */
    public long dynamoDbRequests() {
        return runtime.requests().total(DYNAMO_DB) - dynamoDbRequestsBefore;
    }
}

package id.aduan.adapters.runtime;

import com.amazonaws.services.lambda.runtime.Context;
import id.aduan.adapters.json.JsonWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * How a scheduled or directly invoked function serves one invocation: reads its event, runs the job with
 * the {@link Invocation} (deadline, time and DynamoDB requests so far), writes the job's one log line and
 * its metrics, answers with the job's answer, and fails the invocation when the job says so. The HTTP
 * functions' counterpart is {@code ServedRequests}.
 */
public record ServedJobs(FunctionRuntime runtime) {

    /** One run of a function's job, given the invocation's event. */
    @FunctionalInterface
    public interface Job {
        Outcome run(Invocation invocation, byte[] event) throws IOException;
    }

    public void serve(InputStream input, OutputStream output, Context context, Job job) throws IOException {
        var event = input.readAllBytes();
        var outcome = job.run(Invocation.begin(runtime, context), event);
        if (outcome.warning()) {
            runtime.log().warn(outcome.message(), outcome.fields());
        } else {
            runtime.log().info(outcome.message(), outcome.fields());
        }
        runtime.metrics().emit(outcome.metrics());
        if (outcome.failure() != null) {
            throw outcome.failure();
        }
        JsonWriter.write(outcome.answer(), output);
    }
}

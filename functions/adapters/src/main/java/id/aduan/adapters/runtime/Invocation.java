package id.aduan.adapters.runtime;

import com.amazonaws.services.lambda.runtime.Context;
import id.aduan.core.ingest.Deadline;
import java.time.Duration;

/** What a handler learns from Lambda's context about the invocation it serves. */
public final class Invocation {

    private Invocation() {
    }

    /** The time the invocation has left; without a context (tests, tools) there is no limit to speak of. */
    public static Deadline deadline(Context context) {
        return context == null
                ? Deadline.none()
                : Deadline.of(() -> Duration.ofMillis(context.getRemainingTimeInMillis()));
    }
}

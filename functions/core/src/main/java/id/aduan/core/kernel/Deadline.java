package id.aduan.core.kernel;

import java.time.Duration;
import java.util.function.Supplier;

/** How long the current invocation may still run (a Lambda function has a hard time limit). */
@FunctionalInterface
public interface Deadline {

    Duration remaining();

    static Deadline none() {
        return () -> Duration.ofDays(1);
    }

    static Deadline of(Supplier<Duration> remaining) {
        return remaining::get;
    }
}

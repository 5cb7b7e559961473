package id.aduan.core.reply;

import id.aduan.core.instagram.GraphFailure;
import java.time.Duration;

/** How long to wait before trying a failed Instagram call again. */
@FunctionalInterface
public interface RetryDelay {

    /** @param failures how many times the call has failed so far, counting this failure */
    Duration delayAfter(int failures, GraphFailure failure);
}

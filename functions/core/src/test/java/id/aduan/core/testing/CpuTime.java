package id.aduan.core.testing;

import java.lang.management.ManagementFactory;
import java.util.function.Supplier;

/**
 * The processor time the calling thread spends on a piece of work: what a bound per input in a fuzz or
 * property test holds, since wall-clock time on a busy build machine also counts other processes' turns.
 */
public final class CpuTime {

    private CpuTime() {
    }

    /** What {@code work} answered and the thread's processor time it took, in milliseconds. */
    public static <T> Measured<T> of(Supplier<T> work) {
        var threads = ManagementFactory.getThreadMXBean();
        long started = threads.getCurrentThreadCpuTime();
        T result = work.get();
        return new Measured<>(result, (threads.getCurrentThreadCpuTime() - started) / 1_000_000);
    }

    public record Measured<T>(T result, long millis) {
    }
}

package id.aduan.local;

import id.aduan.core.sla.WorkingCalendar;
import java.io.PrintStream;
import java.time.Clock;
import java.time.format.DateTimeFormatter;

/**
 * The local run's own lines, beside the functions' JSON log lines: what was invoked, by what, how it
 * ended and how long it took, at Jakarta's time of day. Never message contents, which may carry personal data.
 */
final class RunLog {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss 'WIB'").withZone(WorkingCalendar.ZONE);

    private final PrintStream out;
    private final Clock clock;

    RunLog(PrintStream out, Clock clock) {
        this.out = out;
        this.clock = clock;
    }

    void line(String text) {
        out.println(TIME.format(clock.instant()) + "  " + text);
    }

    static long millisSince(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}

package id.aduan.core.alert;

/**
 * How the sweep's write of one complaint's alerts, events and new state ended. Only {@link Recorded} wrote
 * anything.
 */
public sealed interface RecordResult {

    record Recorded() implements RecordResult {
    }

    /**
     * The complaint changed since it was read (a staff action, an overlapping sweep), or one of its alerts
     * or events is recorded already: nothing was written, and the sweep reads the complaint again.
     */
    record Superseded() implements RecordResult {
    }
}

package id.aduan.core.ingest;

/**
 * How writing a mention's fetched text ended. Only {@link Completed} wrote anything; {@link Superseded}
 * when the complaint changed since it was read.
 */
public sealed interface CompletionResult permits CompletionResult.Completed, Superseded {

    record Completed() implements CompletionResult {
    }
}

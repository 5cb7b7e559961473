package id.aduan.adapters.runtime;

import java.util.Map;

/**
 * What one run of a scheduled or directly invoked function did: its log line (a warning when something
 * needs attention), its metrics, the answer the invoker gets, and the failure to end the invocation with,
 * if any (so that the function's error alarm and Lambda's retries see it).
 */
public record Outcome(boolean warning, String message, Map<String, ?> fields, Map<String, ? extends Number> metrics,
                      Object answer, RuntimeException failure) {

    /** A run that went as it should; it answers with its log line's fields. */
    public static Outcome info(String message, Map<String, ?> fields, Map<String, ? extends Number> metrics) {
        return new Outcome(false, message, fields, metrics, fields, null);
    }

    /** A run that left something for operations or a later run; it answers with its log line's fields. */
    public static Outcome warning(String message, Map<String, ?> fields, Map<String, ? extends Number> metrics) {
        return new Outcome(true, message, fields, metrics, fields, null);
    }

    public Outcome answering(Object differentAnswer) {
        return new Outcome(warning, message, fields, metrics, differentAnswer, failure);
    }

    public Outcome failingWith(RuntimeException error) {
        return new Outcome(warning, message, fields, metrics, answer, error);
    }
}

package id.aduan.core.complaint;

import id.aduan.core.triage.TriageSuggestion;
import java.util.Objects;

/** What triage has said about a complaint so far. */
public sealed interface TriageState {

    /** Not assessed yet (the text is still to be fetched, or triage had not run). */
    record Pending() implements TriageState {
    }

    record Assessed(TriageSuggestion suggestion) implements TriageState {
        public Assessed {
            Objects.requireNonNull(suggestion, "suggestion");
        }
    }

    TriageState PENDING = new Pending();
}

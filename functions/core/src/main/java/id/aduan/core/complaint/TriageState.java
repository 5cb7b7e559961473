package id.aduan.core.complaint;

/** What triage has said about a complaint so far. */
public sealed interface TriageState {

    /** Not assessed yet. */
    record Pending() implements TriageState {
    }

    TriageState PENDING = new Pending();
}

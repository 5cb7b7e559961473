package id.aduan.core.ingest;

import id.aduan.core.triage.OpenComplaint;
import java.time.Instant;
import java.util.List;

/** Open complaints a new one could duplicate, read through an index bounded by unit and time. */
public interface DuplicateCandidates {

    /** Open complaints routed to {@code unit} that arrived at or after {@code since}, newest first. */
    List<OpenComplaint> recent(String unit, Instant since, int limit);
}

package id.aduan.core.workflow;

import id.aduan.core.complaint.ComplaintId;
import java.time.Instant;
import java.util.Objects;

/**
 * A complaint's text with the unit staff confirmed or chose for it, or with NOT_A_COMPLAINT / SPAM when
 * they rejected it as such: a labelled example the router learns from (TRIAGE.md, "Learning from the
 * team").
 */
public record ConfirmedRouting(ComplaintId complaint, String unit, String text, Instant at) {
    public ConfirmedRouting {
        Objects.requireNonNull(complaint, "complaint");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(at, "at");
    }
}

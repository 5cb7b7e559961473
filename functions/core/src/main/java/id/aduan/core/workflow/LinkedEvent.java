package id.aduan.core.workflow;

import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.complaint.TimelineEvent;
import java.util.Objects;

/**
 * An event a change records on another complaint, written only while that complaint is still open:
 * the original of a duplicate learns that the duplicate was merged into it.
 */
public record LinkedEvent(ComplaintId complaint, TimelineEvent event) {
    public LinkedEvent {
        Objects.requireNonNull(complaint, "complaint");
        Objects.requireNonNull(event, "event");
    }
}

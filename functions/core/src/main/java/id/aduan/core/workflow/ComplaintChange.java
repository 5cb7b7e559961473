package id.aduan.core.workflow;

import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.TimelineEvent;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one action writes, in one transaction: the complaint's new state over the revision it was
 * read at (so {@code after} carries the next revision), its timeline events, and where the action calls for them, a routing example for the
 * router to learn from and an event on a linked complaint.
 */
public record ComplaintChange(Complaint before, Complaint after, List<TimelineEvent> events,
                              Optional<ConfirmedRouting> confirmedRouting, Optional<LinkedEvent> linked) {

    public ComplaintChange {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(confirmedRouting, "confirmedRouting");
        Objects.requireNonNull(linked, "linked");
        after = after.toBuilder().revision(before.revision() + 1).build();
        events = List.copyOf(events);
    }

    public static ComplaintChange of(Complaint before, Complaint after, List<TimelineEvent> events) {
        return new ComplaintChange(before, after, events, Optional.empty(), Optional.empty());
    }
}

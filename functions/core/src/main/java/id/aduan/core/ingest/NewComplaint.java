package id.aduan.core.ingest;

import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.complaint.ReporterMessage;
import id.aduan.core.complaint.TimelineEvent;
import id.aduan.core.triage.DuplicateFeatures;
import java.util.List;
import java.util.Objects;

/**
 * Everything written, atomically, when a message opens a complaint: the complaint, its opening
 * message, its first timeline events, the claim of the Instagram object and, for DMs, the
 * conversation link that routes the reporter's next messages to it.
 *
 * @param conversationKey  set for conversations (DMs) that route follow-ups by sender
 * @param supersedes       the closed complaint the conversation pointed at until now, if any
 * @param replacing        the placeholder claim this message's claim replaces, if any
 * @param features         what later messages are compared with to spot duplicates; null when the
 *                         message is not judged a complaint
 */
public record NewComplaint(Complaint complaint, ReporterMessage opening, List<TimelineEvent> events,
                           String claimKey, String conversationKey, ComplaintId supersedes, ObjectClaim replacing,
                           DuplicateFeatures features) {
    public NewComplaint {
        Objects.requireNonNull(complaint, "complaint");
        Objects.requireNonNull(opening, "opening");
        Objects.requireNonNull(claimKey, "claimKey");
        events = List.copyOf(events);
    }

    public NewComplaint replacing(ObjectClaim placeholder) {
        return new NewComplaint(complaint, opening, events, claimKey, conversationKey, supersedes, placeholder,
                features);
    }
}

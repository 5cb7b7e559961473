package id.aduan.core.complaint;

import java.util.List;

/** One complaint with everything the reporter sent and its whole timeline, oldest first. */
public record ComplaintDetail(Complaint complaint, List<ReporterMessage> messages, List<TimelineEvent> timeline) {
    public ComplaintDetail {
        messages = List.copyOf(messages);
        timeline = List.copyOf(timeline);
    }
}

package id.aduan.core.ingest;

import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.ReporterMessage;
import id.aduan.core.complaint.TimelineEvent;
import java.time.Instant;
import java.util.List;

/** Mentions waiting for their text, kept in the due index until fetched. */
public interface MentionFetches {

    /** Fetches whose time has come, oldest first. */
    List<PendingFetch> due(Instant now, int limit);

    /** Tries again at {@code at}, counting one more failed attempt. */
    void retryAt(PendingFetch fetch, Instant at);

    /**
     * Writes the fetched text into the complaint and its opening message with the complaint's new state
     * (over the version read), records the event and forgets the fetch, in one transaction.
     */
    CompletionResult complete(PendingFetch fetch, Complaint before, Complaint after, ReporterMessage opening,
                              TimelineEvent event);

    /** Gives up: records why on the complaint's timeline and forgets the fetch. */
    void abandon(PendingFetch fetch, TimelineEvent event);
}

package id.aduan.core.erasure;

import id.aduan.core.complaint.ComplaintDetail;
import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.complaint.TimelineEvent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Finds the complaints whose personal data is to be erased, and writes them erased. */
public interface PersonalDataStore {

    /** Every complaint whose reporter has this Instagram-scoped id and was not erased yet. */
    List<ComplaintId> reportedBy(String instagramUserId);

    /**
     * Up to {@code limit} closed or rejected complaints not erased yet that were closed before
     * {@code cutoff} or, as far as the store knows without reading their timelines, may have been; the
     * oldest first.
     */
    List<ComplaintId> closedBefore(Instant cutoff, int limit);

    Optional<ComplaintDetail> load(ComplaintId id);

    /** The complaint was closed at {@code closedAt}, later than it was filed under: file it there. */
    void closedAt(ComplaintId id, Instant closedAt);

    /**
     * Writes {@code erased} over {@code before} (the complaint as it was read, its messages and its
     * timeline), removes what else of the reporter the store keeps for the complaint and records the
     * erasure on the timeline. Throws {@link id.aduan.core.kernel.ConcurrentChangeException} when the
     * complaint changed since it was read.
     */
    void erase(ComplaintDetail before, ComplaintDetail erased, TimelineEvent record);
}

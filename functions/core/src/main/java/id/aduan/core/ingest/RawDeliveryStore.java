package id.aduan.core.ingest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Keeps verified webhook bodies for replay, and tracks whether each was taken in. */
public interface RawDeliveryStore {

    /**
     * Stores the delivery unless a delivery with the same id exists. Returns the existing record when
     * there is one (nothing is written then). A stored delivery is due for a retry at {@code retryAt}
     * unless it is marked processed before.
     */
    Optional<DeliveryRecord> storeIfAbsent(RawDelivery delivery, Instant retryAt);

    Optional<StoredDelivery> load(String id);

    void markProcessed(String id, DeliverySummary summary);

    /** Records a failed attempt; {@code retryAt} null means no more retries. */
    void markFailed(String id, DeliverySummary summary, Instant retryAt);

    void markInvalid(String id, String reason);

    /**
     * Records a delivery taken in except the changes for {@link DeliverySummary#heldFor} accounts: no
     * retry is scheduled; registering one of the accounts schedules it again.
     */
    void markHeld(String id, DeliverySummary summary);
    /** Sets the delivery aside for good, with what no retry can mend; it is listed by {@link #dead}. */
    void markDead(String id, DeliverySummary summary);

    /**
     * Deliveries set aside, most recent first, up to {@code limit}, from after {@code resumeAfter} (the
     * position a previous page ended at).
     */
    DeadDeliveryPage dead(int limit, Optional<String> resumeAfter);

    /** Ids of deliveries whose retry time has passed, oldest first. */
    List<String> dueForRetry(Instant now, int limit);
}

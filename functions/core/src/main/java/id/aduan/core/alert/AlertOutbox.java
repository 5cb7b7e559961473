package id.aduan.core.alert;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Alerts recorded before they are published (a transactional outbox), so that an alert is never lost
 * when publishing fails or the publisher dies, and never raised twice. Whoever holds a pending alert's
 * lease publishes it; when the lease runs out, anyone may take it over.
 */
public interface AlertOutbox {

    /**
     * Records an alert raised outside a complaint's own change (a daily digest), leased to the caller;
     * false when the same alert was recorded before.
     */
    boolean recordIfAbsent(RecordedAlert alert);

    /** Pending alerts whose lease ran out by {@code now}, oldest first. */
    List<RecordedAlert> stranded(Instant now, int limit);

    /**
     * Takes over a stranded alert until {@code until}, counting an attempt; empty when someone else took
     * it or published it since it was read.
     */
    Optional<RecordedAlert> takeOver(RecordedAlert stranded, Instant until);

    /** Records that the alert went out; it leaves the outbox's queue. */
    void markPublished(RecordedAlert alert, Instant at);

    /** Gives a pending alert back after a failed publish, to be tried again from {@code retryAt}. */
    void retryLater(RecordedAlert alert, Instant retryAt);

    /**
     * Claims the hour starting at {@code hour} for the group message {@code groupId} of one unit and
     * audience ({@code group}); true when it is this group's, also again (a publish that failed is
     * retried), false when another group had it.
     */
    boolean claimHour(String group, Instant hour, String groupId);

    /** Every alert raised on a day (UTC), for the daily digest. */
    List<RecordedAlert> raisedOn(LocalDate day);
}

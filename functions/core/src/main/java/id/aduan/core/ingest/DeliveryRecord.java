package id.aduan.core.ingest;

import java.time.Instant;

/** What is known about a stored delivery: whether it was taken in completely. */
public record DeliveryRecord(String id, Instant receivedAt, Status status, int attempts) {

    public enum Status {
        /** Stored; taking it in has not finished (or the function stopped half-way). */
        RECEIVED,
        /** Every change in it was taken in or deliberately ignored. */
        PROCESSED,
        /**
         * Taken in except the changes for accounts nobody registered: kept without retries until an
         * admin registers the account, which schedules it again.
         */
        HELD,
        /** Some changes failed; it is retried from the stored body. */
        FAILED,
        /** Not JSON, or not an Instagram object: kept for inspection, never retried. */
        INVALID,
        /**
         * Taken in except for changes no retry can take in (malformed, too large, not text): kept with
         * the reasons for an admin, never retried.
         */
        DEAD
    }
}

package id.aduan.core.reply;

import java.time.Duration;
import java.time.Instant;

/**
 * A per-hour limit that holds for every rolling hour, counted in fixed ten-minute buckets so that taking
 * a slot is one conditional increment of one counter. Any 60 minutes touch at most seven buckets, so a
 * bucket may hold a seventh of the limit: for 750 an hour, 107 a bucket, at most 749 in any rolling hour
 * and 642 an hour while sending without a break. One counter per clock hour would not do: 750 at 10:59
 * and 750 more at 11:00 would be 1,500 within two minutes.
 *
 * @param perHour the most slots any rolling hour may use
 */
public record RollingHourLimit(int perHour) {

    public static final Duration BUCKET = Duration.ofMinutes(10);
    /** The buckets a rolling hour can touch: six whole ones and parts of two more, or seven whole ones. */
    static final int BUCKETS_PER_HOUR = (int) Duration.ofHours(1).dividedBy(BUCKET) + 1;

    public RollingHourLimit {
        if (perHour < BUCKETS_PER_HOUR) {
            throw new IllegalArgumentException(
                    "an hourly limit below " + BUCKETS_PER_HOUR + " leaves no slot in a bucket, got " + perHour);
        }
    }

    /** The slots of one bucket. */
    public int perBucket() {
        return perHour / BUCKETS_PER_HOUR;
    }

    /** The start of the bucket {@code at} falls in; buckets start at whole ten minutes (UTC). */
    public Instant bucketStart(Instant at) {
        long bucketMillis = BUCKET.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(at.toEpochMilli(), bucketMillis) * bucketMillis);
    }

    /** When the bucket after the one {@code at} falls in opens, with a full set of slots. */
    public Instant nextBucketStart(Instant at) {
        return bucketStart(at).plus(BUCKET);
    }
}

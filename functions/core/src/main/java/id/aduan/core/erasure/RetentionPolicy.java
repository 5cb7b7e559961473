package id.aduan.core.erasure;

import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.ComplaintDetail;
import id.aduan.core.complaint.TimelineEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * How long a closed or rejected complaint keeps its reporter's personal data: {@code keep} after the
 * last thing that happened to it (its closing, or anything later). Open complaints keep it while they
 * are worked.
 */
public record RetentionPolicy(Duration keep) {

    public static final RetentionPolicy TWO_YEARS = new RetentionPolicy(Duration.ofDays(730));

    public RetentionPolicy {
        Objects.requireNonNull(keep, "keep");
        if (keep.isNegative() || keep.isZero()) {
            throw new IllegalArgumentException("a retention period is positive: " + keep);
        }
    }

    public static RetentionPolicy ofDays(long days) {
        return new RetentionPolicy(Duration.ofDays(days));
    }

    /** Complaints closed before this instant have kept their personal data long enough. */
    public Instant closedBefore(Instant now) {
        return now.minus(keep);
    }

    public boolean expired(ComplaintDetail detail, Instant now) {
        var complaint = detail.complaint();
        return complaint.status().isFinal() && !complaint.reporter().isErased()
                && !closedAt(detail).isAfter(closedBefore(now));
    }

    /** When the complaint was closed: its latest timeline event (nothing happens to it after). */
    public static Instant closedAt(ComplaintDetail detail) {
        return detail.timeline().stream().map(TimelineEvent::at)
                .max(Instant::compareTo).orElseGet(() -> closedNoEarlierThan(detail.complaint()));
    }

    /**
     * The latest time the complaint itself records: it was closed then or later. What the store files
     * a closed complaint under, without reading its timeline.
     */
    public static Instant closedNoEarlierThan(Complaint complaint) {
        return Stream.of(complaint.receivedAt(), complaint.lastMessageAt(), complaint.firstResponseAt(),
                        complaint.resolvedAt(), complaint.objectionEndsAt())
                .filter(Objects::nonNull).max(Instant::compareTo).orElseThrow();
    }
}

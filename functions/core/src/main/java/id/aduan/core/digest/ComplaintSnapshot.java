package id.aduan.core.digest;

import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.kernel.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the daily digest needs of a complaint, read from the work-queue index.
 *
 * @param unit            the unit that holds it, null before it is forwarded
 * @param firstResponseAt null while the team has not answered
 * @param judgedComplaint whether its SLA clocks run (triage or staff judged it a complaint)
 */
public record ComplaintSnapshot(ComplaintId id, Status status, String unit, Instant receivedAt,
                                Instant firstResponseAt, boolean judgedComplaint) {

    public ComplaintSnapshot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    public Optional<Duration> firstResponseTime() {
        return Optional.ofNullable(firstResponseAt).map(at -> Duration.between(receivedAt, at));
    }
}

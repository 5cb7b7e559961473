package id.aduan.core.alert;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * An alert as the alert outbox keeps it: written in the same transaction that decided to raise it, then
 * published. While it is pending, {@code retryAt} is when another sweep may take it over (the lease of
 * whoever is publishing it runs out, or a failed publish is due again); once published it is null.
 *
 * @param attempts how many times publishing was started, counting the first
 */
public record RecordedAlert(Alert alert, Instant raisedAt, Instant retryAt, int attempts) {

    public RecordedAlert {
        Objects.requireNonNull(alert, "alert");
        Objects.requireNonNull(raisedAt, "raisedAt");
    }

    /** An alert raised now, held by its raiser until {@code leaseUntil}. */
    public static RecordedAlert raised(Alert alert, Instant now, Instant leaseUntil) {
        return new RecordedAlert(alert, now, leaseUntil, 1);
    }

    /**
     * The day (UTC) whose partition keeps the record. A UTC day runs from 07:00 to 07:00 in Jakarta, so
     * the daily digest's "last day" is exactly one partition.
     */
    public LocalDate day() {
        return LocalDate.ofInstant(raisedAt, ZoneOffset.UTC);
    }

    public boolean pending() {
        return retryAt != null;
    }

    public String attribute(String name) {
        return alert.attributes().get(name);
    }
}

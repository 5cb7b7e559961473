package id.aduan.core.desk;

import java.time.Instant;

/** Counts of open complaints, read from the work-queue indexes' status partitions (never a scan). */
public interface ComplaintCounting {

    /** Every unit's complaints when {@code unit} is null, else that unit's. */
    QueueCounts count(String unit, Instant now);
}

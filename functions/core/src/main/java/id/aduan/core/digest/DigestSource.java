package id.aduan.core.digest;

import id.aduan.core.kernel.Status;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** The complaints a daily digest counts, each read through an index by status and time, never a scan. */
public interface DigestSource {

    /** Every complaint in one of {@code statuses}. */
    List<ComplaintSnapshot> inStatus(Set<Status> statuses);

    /** Every complaint in one of {@code statuses} received from {@code from} (inclusive) to {@code to} (exclusive). */
    List<ComplaintSnapshot> receivedBetween(Set<Status> statuses, Instant from, Instant to);
}

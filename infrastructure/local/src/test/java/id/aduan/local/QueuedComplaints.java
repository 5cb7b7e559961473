package id.aduan.local;

import id.aduan.core.complaint.Complaint;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The complaint a delivery opens on the local run: the webhook answers before the processor took it in,
 * so this waits, up to the seconds the local run promises, for the queue poller to deliver it.
 */
final class QueuedComplaints {

    private static final Duration PROMISED = Duration.ofSeconds(3);

    private QueuedComplaints() {
    }

    static Complaint await(ComplaintLookup lookup, Predicate<Complaint> wanted) throws InterruptedException {
        var until = Instant.now().plus(PROMISED);
        while (true) {
            var found = lookup.newest(Optional.empty(), 50).stream().filter(wanted).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("no complaint within " + PROMISED.toSeconds() + " s of the delivery");
            }
            Thread.sleep(50);
        }
    }
}

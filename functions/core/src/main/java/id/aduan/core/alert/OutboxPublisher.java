package id.aduan.core.alert;

import id.aduan.core.ingest.Deadline;
import id.aduan.core.port.AlertOutbox;
import id.aduan.core.port.AlertPublisher;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Publishes the alerts of the outbox. The one who recorded an alert holds its lease and publishes it at
 * once; when that fails, the alert is given back with a backoff; when its publisher died, the lease runs
 * out. Either way a later sweep takes the alert over (one sweep wins the conditional take-over) and
 * publishes it. An alert is marked published only after the topic accepted it.
 */
public final class OutboxPublisher {

    /** Far longer than a publish can take (the SNS client gives up after 10 s): meanwhile nobody else publishes. */
    public static final Duration LEASE = Duration.ofMinutes(2);
    private static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    private static final Duration LONGEST_RETRY = Duration.ofMinutes(30);

    private final AlertOutbox outbox;
    private final AlertPublisher publisher;
    private final Clock clock;

    public OutboxPublisher(AlertOutbox outbox, AlertPublisher publisher, Clock clock) {
        this.outbox = outbox;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** How a publish went: {@code failure} names the error of a failed one, for the log. */
    public record Outcome(String alertId, boolean published, String failure) {
    }

    /** Publishes an alert whose lease the caller holds; a failure gives it back for a later attempt. */
    public Outcome publish(RecordedAlert alert) {
        try {
            publisher.publish(alert.alert());
        } catch (RuntimeException e) {
            outbox.retryLater(alert, clock.instant().plus(backoff(alert.attempts())));
            return new Outcome(alert.alert().id(), false, e.getClass().getSimpleName());
        }
        outbox.markPublished(alert, clock.instant());
        return new Outcome(alert.alert().id(), true, null);
    }

    /**
     * Takes over the alerts whose lease ran out (their publisher failed or died) and publishes them,
     * oldest first, while {@code deadline} leaves more than {@code margin}.
     */
    public List<Outcome> publishStranded(Deadline deadline, Duration margin, int limit) {
        var outcomes = new ArrayList<Outcome>();
        for (RecordedAlert stranded : outbox.stranded(clock.instant(), limit)) {
            if (deadline.remaining().compareTo(margin) <= 0) {
                break;
            }
            outbox.takeOver(stranded, clock.instant().plus(LEASE)).map(this::publish).ifPresent(outcomes::add);
        }
        return outcomes;
    }

    /** One minute after the first failure, doubling up to half an hour. */
    static Duration backoff(int attempts) {
        int doublings = Math.min(Math.max(attempts - 1, 0), 5);
        var delay = FIRST_RETRY.multipliedBy(1L << doublings);
        return delay.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : delay;
    }
}

package id.aduan.core.alert;

import id.aduan.core.kernel.Deadline;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Function;

/**
 * Publishes the alerts of the outbox. The one who recorded an alert holds its lease and publishes it at
 * once; when that fails, the alert is given back with a backoff; when its publisher died, the lease runs
 * out. Either way a later sweep takes the alert over (one sweep wins the conditional take-over) and
 * publishes it. An alert is marked published only after the topic accepted it.
 *
 * <p>SLA alerts go out grouped, so that a team's chat gets at most one message per unit, audience and
 * hour: the first sweep of the hour with alerts for a unit and audience claims that hour (a conditional
 * write, so only one group wins it) and publishes them as one message; alerts of the same unit and
 * audience raised later in the hour are held in the outbox until the next hour, when the first sweep
 * takes them over together and sends them as one message. Each alert is still recorded once and marked
 * published once.
 */
public final class OutboxPublisher {

    /** Far longer than a publish can take (the SNS client gives up after 10 s): meanwhile nobody else publishes. */
    public static final Duration LEASE = Duration.ofMinutes(2);
    private static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    private static final Duration LONGEST_RETRY = Duration.ofMinutes(30);
    /** How many stranded alerts one run takes over at most; the next run takes the rest. */
    static final int STRANDED_PER_RUN = 500;

    private final AlertOutbox outbox;
    private final AlertPublisher publisher;
    private final Clock clock;

    public OutboxPublisher(AlertOutbox outbox, AlertPublisher publisher, Clock clock) {
        this.outbox = outbox;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * How a publish went: {@code failure} names the error of a failed one, for the log; {@code held} is
     * an alert kept for the next hour's group message.
     */
    public record Outcome(String alertId, boolean published, boolean held, String failure) {

        static Outcome publishedNow(RecordedAlert alert) {
            return new Outcome(alert.alert().id(), true, false, null);
        }

        static Outcome heldFor(RecordedAlert alert) {
            return new Outcome(alert.alert().id(), false, true, null);
        }

        static Outcome failed(RecordedAlert alert, RuntimeException e) {
            return new Outcome(alert.alert().id(), false, false, e.getClass().getSimpleName());
        }

        public boolean failedNow() {
            return !published && !held;
        }
    }

    /** Publishes an alert whose lease the caller holds; a failure gives it back for a later attempt. */
    public Outcome publish(RecordedAlert alert) {
        return publishAs(alert.alert(), List.of(alert)).getFirst();
    }

    /**
     * Publishes alerts whose leases the caller holds: SLA alerts as one message per unit and audience
     * (made by {@code group} when there are several) unless that unit and audience had its message this
     * hour, in which case they wait for the next hour; other alerts (digests) one by one.
     */
    public List<Outcome> publishGrouped(List<RecordedAlert> alerts, Function<List<Alert>, Alert> group) {
        var outcomes = new ArrayList<Outcome>();
        var groups = new LinkedHashMap<String, List<RecordedAlert>>();
        for (RecordedAlert alert : alerts) {
            var kind = alert.alert().kind();
            if (kind == Alert.Kind.SLA_WARNING || kind == Alert.Kind.SLA_BREACH) {
                groups.computeIfAbsent(alert.attribute(AlertAttributes.UNIT) + "#"
                        + alert.attribute(AlertAttributes.AUDIENCE), key -> new ArrayList<>()).add(alert);
            } else {
                outcomes.add(publish(alert));
            }
        }
        var hour = clock.instant().truncatedTo(ChronoUnit.HOURS);
        groups.forEach((key, members) -> {
            var message = members.size() == 1 ? members.getFirst().alert()
                    : group.apply(members.stream().map(RecordedAlert::alert).toList());
            if (outbox.claimHour(key, hour, message.id())) {
                outcomes.addAll(publishAs(message, members));
            } else {
                members.forEach(member -> {
                    outbox.retryLater(member, hour.plus(Duration.ofHours(1)));
                    outcomes.add(Outcome.heldFor(member));
                });
            }
        });
        return outcomes;
    }

    /** Publishes {@code message}, which speaks for {@code members}; marks them all or gives them all back. */
    private List<Outcome> publishAs(Alert message, List<RecordedAlert> members) {
        try {
            publisher.publish(message);
        } catch (RuntimeException e) {
            return members.stream().map(member -> {
                outbox.retryLater(member, clock.instant().plus(backoff(member.attempts())));
                return Outcome.failed(member, e);
            }).toList();
        }
        return members.stream().map(member -> {
            outbox.markPublished(member, clock.instant());
            return Outcome.publishedNow(member);
        }).toList();
    }

    /**
     * Takes over the alerts whose lease ran out (their publisher failed or died, or they were held for
     * this hour's group message), oldest first, while {@code deadline} leaves more than {@code margin}.
     */
    public List<RecordedAlert> takeOverStranded(Deadline deadline, Duration margin, int limit) {
        var taken = new ArrayList<RecordedAlert>();
        for (RecordedAlert stranded : outbox.stranded(clock.instant(), limit)) {
            if (deadline.remaining().compareTo(margin) <= 0) {
                break;
            }
            outbox.takeOver(stranded, clock.instant().plus(LEASE)).ifPresent(taken::add);
        }
        return taken;
    }

    /**
     * Takes over the stranded alerts and publishes each on its own, while {@code deadline} leaves more than
     * {@code margin}: for the platform's outbox, whose operations alerts are never grouped.
     */
    public List<Outcome> publishStranded(Deadline deadline, Duration margin) {
        return takeOverStranded(deadline, margin, STRANDED_PER_RUN).stream().map(this::publish).toList();
    }

    /** One minute after the first failure, doubling up to half an hour. */
    static Duration backoff(int attempts) {
        int doublings = Math.min(Math.max(attempts - 1, 0), 5);
        var delay = FIRST_RETRY.multipliedBy(1L << doublings);
        return delay.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : delay;
    }
}

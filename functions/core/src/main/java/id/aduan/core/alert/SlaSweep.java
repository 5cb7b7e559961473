package id.aduan.core.alert;

import id.aduan.core.complaint.Actor;
import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.complaint.TimelineEvent;
import id.aduan.core.kernel.Deadline;
import id.aduan.core.kernel.ErrorStory;
import id.aduan.core.sla.AlertLevel;
import id.aduan.core.sla.ComplaintClocks;
import id.aduan.core.sla.DueAlert;
import id.aduan.core.sla.SlaRules;
import id.aduan.core.workflow.Workflow;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The SLA sweep: raises every warning and breach that fell due, once, and closes every resolved
 * complaint whose objection window has ended. For each complaint the due index names, oldest due
 * first, it reads the complaint, marks every level due as sent, records one alert naming each clock
 * with the highest level it reached (a sweep catching up raises the highest level, not every step)
 * in the outbox and writes one timeline event per clock, all in one transaction over the revision it
 * read, then publishes the sweep's alerts grouped per unit and audience (see {@link OutboxPublisher}). Two sweeps racing on a complaint cannot both win the transaction; the loser reads the
 * complaint again and finds nothing left to send. Alerts whose publish failed or whose publisher died
 * are taken over first. The sweep stops while {@code deadline} still leaves a margin; the next one
 * carries on where it stopped, since whatever is still due stays in the index.
 */
public final class SlaSweep {

    /** Time kept back at the end of an invocation for the last complaint's writes and publishes. */
    public static final Duration MARGIN = Duration.ofSeconds(15);
    /** A staff change can race the sweep; after this many lost races the next sweep tries again. */
    private static final int ATTEMPTS_PER_COMPLAINT = 3;
    private static final Actor SWEEP = Actor.system("sla-monitor");

    private final SlaStore store;
    private final OutboxPublisher outbox;
    private final SlaAlerts alerts;
    private final Workflow workflow;
    private final Supplier<SlaRules> rules;
    private final ComplaintScope scope;
    private final Clock clock;

    public SlaSweep(SlaStore store, OutboxPublisher outbox, SlaAlerts alerts, Workflow workflow,
                    Supplier<SlaRules> rules, ComplaintScope scope, Clock clock) {
        this.store = store;
        this.scope = scope;
        this.outbox = outbox;
        this.alerts = alerts;
        this.workflow = workflow;
        this.rules = rules;
        this.clock = clock;
    }

    /**
     * What one sweep did; {@code finished} is false when it stopped for time with complaints still due.
     * {@code problems} names the complaints that could not be handled (by id, with the error's type and
     * message, and the cause's when it has one):
     * one broken complaint must not hold up the alerts of all the others. {@code lag} is the age of the
     * oldest due item when the sweep began. {@code raised} are the alerts this sweep raised, one per
     * complaint, each naming its complaint's tracking code and, when known, its correlation id.
     */
    public record Report(int complaints, List<Alert> raised, int closed, List<OutboxPublisher.Outcome> outcomes,
                         int lostRaces, Map<ComplaintId, String> problems, boolean finished, Duration lag) {

        public int alertsRaised() {
            return raised.size();
        }

        public long published() {
            return outcomes.stream().filter(OutboxPublisher.Outcome::published).count();
        }

        /** Alerts waiting for the next hour's message of their unit and audience. */
        public long held() {
            return outcomes.stream().filter(OutboxPublisher.Outcome::held).count();
        }

        public long failed() {
            return outcomes.stream().filter(OutboxPublisher.Outcome::failedNow).count();
        }

        /** A run that only published alerts taken over from an outbox (the platform's operations alerts). */
        public static Report publishing(List<OutboxPublisher.Outcome> outcomes) {
            return new Report(0, List.of(), 0, outcomes, 0, Map.of(), true, Duration.ZERO);
        }

        /** The sweeps of one invocation (one per tenant) as one: counts added, finished only if all did. */
        public static Report together(Collection<Report> reports) {
            var raised = new ArrayList<Alert>();
            var outcomes = new ArrayList<OutboxPublisher.Outcome>();
            var problems = new LinkedHashMap<ComplaintId, String>();
            int complaints = 0;
            int closed = 0;
            int lostRaces = 0;
            boolean finished = true;
            var lag = Duration.ZERO;
            for (Report report : reports) {
                complaints += report.complaints();
                raised.addAll(report.raised());
                closed += report.closed();
                outcomes.addAll(report.outcomes());
                lostRaces += report.lostRaces();
                problems.putAll(report.problems());
                finished &= report.finished();
                lag = report.lag().compareTo(lag) > 0 ? report.lag() : lag;
            }
            return new Report(complaints, List.copyOf(raised), closed, List.copyOf(outcomes), lostRaces,
                    Map.copyOf(problems), finished, lag);
        }
    }

    public Report sweep(Deadline deadline) {
        var toPublish = new ArrayList<>(outbox.takeOverStranded(deadline, MARGIN, OutboxPublisher.STRANDED_PER_RUN));
        int complaints = 0;
        var raised = new ArrayList<Alert>();
        int closed = 0;
        int lostRaces = 0;
        var problems = new LinkedHashMap<ComplaintId, String>();
        var now = clock.instant();
        var due = store.dueBy(now);
        var lag = due.oldestDueAt().map(oldest -> Duration.between(oldest, now)).orElse(Duration.ZERO);
        boolean finished = true;
        while (due.hasNext()) {
            if (deadline.remaining().compareTo(MARGIN) <= 0) {
                finished = false;
                break;
            }
            var id = due.next();
            complaints++;
            Handled handled;
            try {
                handled = scope.about(id, () -> handle(id));
            } catch (RuntimeException e) {
                problems.put(id, ErrorStory.of(e));
                continue;
            }
            handled.raised().forEach(alert -> raised.add(alert.alert()));
            closed += handled.closed() ? 1 : 0;
            lostRaces += handled.lostRaces();
            toPublish.addAll(handled.raised());
        }
        var outcomes = outbox.publishGrouped(toPublish, alerts::grouped);
        return new Report(complaints, List.copyOf(raised), closed, List.copyOf(outcomes), lostRaces, Map.copyOf(problems),
                finished, lag);
    }

    private record Handled(List<RecordedAlert> raised, boolean closed, int lostRaces) {

        static Handled nothing(int lostRaces) {
            return new Handled(List.of(), false, lostRaces);
        }
    }

    private Handled handle(ComplaintId id) {
        for (int attempt = 1; attempt <= ATTEMPTS_PER_COMPLAINT; attempt++) {
            var complaint = store.find(id).orElse(null);
            if (complaint == null) {
                return Handled.nothing(attempt - 1);
            }
            var now = clock.instant();
            var current = rules.get();
            var closing = workflow.closeAfterObjectionWindow(complaint, SWEEP, now, current);
            if (closing.isPresent()) {
                // Closing stops every clock: whatever alert was still owed is moot.
                var change = closing.get();
                if (store.record(change.before(), change.after(), change.events(), List.of())
                        instanceof RecordResult.Recorded) {
                    return new Handled(List.of(), true, attempt - 1);
                }
                continue;
            }
            if (complaint.clocks() == null) {
                return Handled.nothing(attempt - 1);
            }
            List<DueAlert> due = complaint.clocks().dueAlerts(now, current);
            if (due.isEmpty()) {
                return Handled.nothing(attempt - 1);
            }
            var clocks = complaint.clocks();
            for (DueAlert alert : due) {
                clocks = clocks.withAlertSent(alert.clock(), alert.level());
            }
            var text = correlated(alerts.alertFor(complaint, due, current.calendar()));
            var events = SlaAlerts.highestPerClock(due).stream()
                    .map(alert -> event(complaint, text, alert, now)).toList();
            var raised = List.of(RecordedAlert.raised(text, now, now.plus(OutboxPublisher.LEASE)));
            var after = marked(complaint, clocks);
            if (store.record(complaint, after, events, raised) instanceof RecordResult.Recorded) {
                return new Handled(raised, false, attempt - 1);
            }
        }
        return Handled.nothing(ATTEMPTS_PER_COMPLAINT);
    }

    private Alert correlated(Alert alert) {
        return scope.correlationId().map(id -> {
            var attributes = new LinkedHashMap<>(alert.attributes());
            attributes.put(AlertAttributes.CORRELATION_ID, id);
            return alert.withAttributes(attributes);
        }).orElse(alert);
    }

    private static Complaint marked(Complaint complaint, ComplaintClocks clocks) {
        return complaint.toBuilder().clocks(clocks).build();
    }

    /**
     * The timeline's record of the highest level a clock reached; its key is the (complaint, clock,
     * level)'s, so it can be written only once.
     */
    private static TimelineEvent event(Complaint complaint, Alert alert, DueAlert due, Instant now) {
        var details = new LinkedHashMap<String, String>();
        details.put("clock", due.clock().name());
        details.put("level", due.level().name());
        details.put("howLate", due.howLate());
        details.put("alertId", alert.id());
        var type = due.level() == AlertLevel.WARNING ? TimelineEvent.Type.SLA_WARNING : TimelineEvent.Type.SLA_BREACH;
        return new TimelineEvent(SlaAlerts.levelKey(complaint, due), now, SWEEP, type, null, details);
    }
}

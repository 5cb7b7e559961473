package id.aduan.core.digest;

import id.aduan.core.alert.Alert;
import id.aduan.core.alert.AlertAttributes;
import id.aduan.core.alert.AlertOutbox;
import id.aduan.core.alert.AlertWriting;
import id.aduan.core.alert.OutboxPublisher;
import id.aduan.core.alert.RecordedAlert;
import id.aduan.core.kernel.Status;
import id.aduan.core.kernel.Tenant;
import id.aduan.core.sla.WorkingCalendar;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The morning digest (07:00 in Jakarta): for each unit with open complaints, breaches or new complaints,
 * and for the whole city, the backlog by age, the SLA breaches that happened in the 24 hours before it
 * is sent (by when the clock breached, as the alerts say, not by when a sweep found it) and
 * first-response times. Each digest goes through the alert outbox under an id per tenant, unit and day, so a
 * retried run sends nothing twice and a failed publish is retried by the SLA sweep.
 */
public final class DailyDigest {

    /** Complaints still waiting for the city: RESOLVED ones wait for the reporter, not for staff. */
    public static final Set<Status> OPEN = EnumSet.of(Status.NEW, Status.NEEDS_INFO, Status.VERIFIED, Status.FORWARDED,
            Status.IN_PROGRESS);
    private static final Set<Status> NOT_OPEN = EnumSet.complementOf(EnumSet.copyOf(OPEN));
    private static final Duration RECEIVED_WINDOW = Duration.ofDays(7);

    private final DigestSource source;
    private final AlertOutbox outbox;
    private final OutboxPublisher publisher;
    private final DigestText text;
    private final Clock clock;

    /** The digest of {@code tenant}'s complaints, in its {@code outbox}. */
    public DailyDigest(Tenant tenant, DigestSource source, AlertOutbox outbox, OutboxPublisher publisher,
                       AlertWriting writing, WorkingCalendar calendar, Clock clock) {
        this.source = source;
        this.outbox = outbox;
        this.publisher = publisher;
        this.text = new DigestText(tenant, writing, calendar);
        this.clock = clock;
    }

    /** What a run did: digests published now, and those an earlier run of the same day had recorded. */
    public record Report(int units, List<OutboxPublisher.Outcome> outcomes, int recordedBefore) {

        /** The digests of one morning (one run per tenant) as one. */
        public static Report together(Collection<Report> reports) {
            var outcomes = new ArrayList<OutboxPublisher.Outcome>();
            reports.forEach(report -> outcomes.addAll(report.outcomes()));
            return new Report(reports.stream().mapToInt(Report::units).sum(), List.copyOf(outcomes),
                    reports.stream().mapToInt(Report::recordedBefore).sum());
        }
    }

    public Report send() {
        var now = clock.instant();
        var open = source.inStatus(OPEN);
        var received = receivedInTheWeek(open, now);
        // A breach of the last day was raised at or after it happened: the partitions since a day ago hold it.
        var alerts = new ArrayList<RecordedAlert>();
        for (var day = LocalDate.ofInstant(now.minus(Duration.ofDays(1)), ZoneOffset.UTC);
             !day.isAfter(LocalDate.ofInstant(now, ZoneOffset.UTC)); day = day.plusDays(1)) {
            alerts.addAll(outbox.raisedOn(day));
        }

        var openByUnit = byUnit(open);
        var receivedByUnit = byUnit(received);
        var alertsByUnit = alerts.stream().filter(alert -> alert.attribute(AlertAttributes.UNIT) != null)
                .collect(Collectors.groupingBy(alert -> alert.attribute(AlertAttributes.UNIT)));
        var units = new TreeMap<String, UnitFigures>();
        var codes = new TreeSet<String>(openByUnit.keySet());
        codes.addAll(receivedByUnit.keySet());
        codes.addAll(alertsByUnit.keySet());
        for (String unit : codes) {
            var figures = UnitFigures.of(now, openByUnit.getOrDefault(unit, List.of()),
                    alertsByUnit.getOrDefault(unit, List.of()), receivedByUnit.getOrDefault(unit, List.of()));
            if (!figures.isEmpty()) {
                units.put(unit, figures);
            }
        }
        var digests = new ArrayList<Alert>();
        units.forEach((unit, figures) -> digests.add(text.forUnit(unit, figures, now)));
        digests.add(text.forCity(UnitFigures.of(now, open, alerts, received), units, now));

        var outcomes = new ArrayList<OutboxPublisher.Outcome>();
        int recordedBefore = 0;
        for (Alert digest : digests) {
            var recorded = RecordedAlert.raised(digest, now, now.plus(OutboxPublisher.LEASE));
            if (outbox.recordIfAbsent(recorded)) {
                outcomes.add(publisher.publish(recorded));
            } else {
                recordedBefore++;
            }
        }
        return new Report(units.size(), List.copyOf(outcomes), recordedBefore);
    }

    /** The open ones are in hand already: only the week's complaints in other statuses are read again. */
    private List<ComplaintSnapshot> receivedInTheWeek(List<ComplaintSnapshot> open, Instant now) {
        var from = now.minus(RECEIVED_WINDOW);
        var received = new ArrayList<ComplaintSnapshot>();
        open.stream().filter(complaint -> !complaint.receivedAt().isBefore(from) && complaint.receivedAt().isBefore(now))
                .forEach(received::add);
        received.addAll(source.receivedBetween(NOT_OPEN, from, now));
        return received;
    }

    private static Map<String, List<ComplaintSnapshot>> byUnit(List<ComplaintSnapshot> complaints) {
        return complaints.stream().collect(Collectors.groupingBy(
                complaint -> complaint.unit() == null ? AlertAttributes.TRIAGE_TEAM : complaint.unit()));
    }
}

package id.aduan.core.report;

import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.RejectionReason;
import id.aduan.core.digest.DailyDigest;
import id.aduan.core.digest.UnitFigures.Age;
import id.aduan.core.kernel.Status;
import id.aduan.core.sla.ClockKind;
import id.aduan.core.sla.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The figures of one group of a report (a unit, a category, or everything). Complaints count by when
 * they arrived: of those received in the window, how many were verified, rejected (by reason),
 * forwarded, resolved and closed by now, how fast they were first answered and resolved, how their SLA
 * clocks did, and how many still wait, by age. Reopenings and re-routes count by when they happened.
 *
 * @param reroutes re-routes by {@code "<from unit>-><to unit>"}
 */
public record ComplaintFigures(int received, int verified, Map<RejectionReason, Integer> rejected, int forwarded,
                               int resolved, int closed, int reopened, Durations firstResponse,
                               Durations resolution, Map<ClockKind, ClockCompliance> sla, Map<Age, Integer> backlog,
                               Map<String, Integer> reroutes) {

    /** @param calendarOf the working calendar of each complaint's government */
    public static ComplaintFigures of(List<Complaint> received, List<Move> moves, Instant now,
                                      Function<Complaint, WorkingCalendar> calendarOf) {
        var rejected = new EnumMap<RejectionReason, Integer>(RejectionReason.class);
        var sla = new EnumMap<ClockKind, ClockCompliance>(ClockKind.class);
        var backlog = new EnumMap<Age, Integer>(Age.class);
        for (ClockKind kind : ClockKind.values()) {
            sla.put(kind, ClockCompliance.NONE);
        }
        for (Age age : Age.values()) {
            backlog.put(age, 0);
        }
        int verified = 0;
        int forwarded = 0;
        int resolved = 0;
        int closed = 0;
        var firstResponses = new ArrayList<Complaint>();
        var resolutions = new ArrayList<Complaint>();
        for (Complaint complaint : received) {
            if (complaint.status() == Status.REJECTED && complaint.rejection() != null) {
                rejected.merge(complaint.rejection().reason(), 1, Integer::sum);
            }
            verified += Stage.reached(complaint, Status.VERIFIED) ? 1 : 0;
            forwarded += Stage.reached(complaint, Status.FORWARDED) ? 1 : 0;
            resolved += Stage.reached(complaint, Status.RESOLVED) ? 1 : 0;
            closed += complaint.status() == Status.CLOSED ? 1 : 0;
            if (complaint.firstResponseAt() != null) {
                firstResponses.add(complaint);
            }
            if (complaint.resolvedAt() != null) {
                resolutions.add(complaint);
            }
            if (complaint.clocks() != null) {
                complaint.clocks().clocks().forEach((kind, clock) ->
                        sla.merge(kind, ClockCompliance.of(clock, now, calendarOf.apply(complaint)), ClockCompliance::plus));
            }
            if (DailyDigest.OPEN.contains(complaint.status())) {
                backlog.merge(Age.of(Duration.between(complaint.receivedAt(), now)), 1, Integer::sum);
            }
        }
        int reopened = 0;
        var reroutes = new TreeMap<String, Integer>();
        for (Move move : moves) {
            switch (move.kind()) {
                case REOPENED -> reopened++;
                case REROUTED -> reroutes.merge(move.fromUnit() + "->" + move.unit(), 1, Integer::sum);
            }
        }
        return new ComplaintFigures(received.size(), verified, rejected, forwarded, resolved, closed, reopened,
                Durations.of(firstResponses, c -> new Durations.Span(c.receivedAt(), c.firstResponseAt()), calendarOf),
                Durations.of(resolutions, c -> new Durations.Span(c.receivedAt(), c.resolvedAt()), calendarOf),
                sla, backlog, reroutes);
    }
}

package id.aduan.core.report;

import id.aduan.core.complaint.Channel;
import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.complaint.Rejection;
import id.aduan.core.complaint.RejectionReason;
import id.aduan.core.complaint.ReplyTarget;
import id.aduan.core.complaint.Reporter;
import id.aduan.core.complaint.ReporterMessage;
import id.aduan.core.complaint.TrackingCode;
import id.aduan.core.complaint.TriageState;
import id.aduan.core.kernel.Priority;
import id.aduan.core.kernel.Status;
import id.aduan.core.sla.ComplaintClocks;
import id.aduan.core.sla.SlaPolicy;
import id.aduan.core.sla.SlaRules;
import id.aduan.core.sla.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * Complaints driven through the real workflow rules with random timings: arrivals around midnight in
 * Jakarta and on the Christmas holidays, answers, verification, disposisi, re-routes, resolution,
 * reopening, closing, rejection and waiting for the reporter (clocks paused), all before {@link #NOW}.
 */
final class GeneratedComplaints {

    static final Instant NOW = Instant.parse("2027-01-05T03:00:30Z");
    static final SlaRules RULES = new SlaRules(SlaPolicy.DEFAULT, WorkingCalendar.standard());
    static final List<String> UNITS = List.of("BINA_MARGA_SDA", "PERHUBUNGAN", "LINGKUNGAN_HIDUP", "SOSIAL");
    static final List<String> CATEGORIES = List.of("Jalan rusak", "PJU mati", "Sampah menumpuk");

    final List<Complaint> complaints = new ArrayList<>();
    final List<Move> moves = new ArrayList<>();
    private final Random random;
    /** When the last {@link #step} moved its complaint. */
    private Instant lastChange;

    GeneratedComplaints(long seed, int count) {
        this.random = new Random(seed);
        for (int i = 0; i < count; i++) {
            complaints.add(generate(i));
        }
    }

    private Complaint generate(int n) {
        var day = LocalDate.of(2026, 11, 1).plusDays(random.nextInt(61));
        if (n % 10 == 0) {
            day = LocalDate.of(2026, 12, 24).plusDays(random.nextInt(3));
        }
        var time = switch (n % 4) {
            case 0 -> LocalTime.of(23, random.nextInt(60));
            case 1 -> LocalTime.of(0, random.nextInt(60));
            case 2 -> LocalTime.of(8 + random.nextInt(8), random.nextInt(60));
            default -> LocalTime.of(random.nextInt(24), random.nextInt(60));
        };
        var at = day.atTime(time).atZone(WorkingCalendar.ZONE).toInstant();
        var priority = Priority.values()[random.nextInt(Priority.values().length)];
        boolean judged = random.nextInt(10) > 0;
        var opening = ReporterMessage.received("m" + n, Channel.COMMENT, "teks " + n, List.of(), at);
        var complaint = Complaint.open(ComplaintId.generate(at, random), TrackingCode.random(random), "1",
                new Reporter("r" + n, "warga" + n), opening, new ReplyTarget(ReplyTarget.Kind.COMMENT, "m" + n), false,
                TriageState.PENDING, priority, judged ? ComplaintClocks.onReceived(at, priority, "", RULES) : null);
        var t = at;
        if (random.nextInt(10) < 8 && (t = later(t, 3)) != null) {
            complaint = complaint.answered(t, RULES);
        } else {
            t = at;
        }
        if (random.nextInt(10) == 0) {
            var reason = RejectionReason.values()[random.nextInt(RejectionReason.values().length)];
            return step(complaint, Status.REJECTED, t, 2, c -> c.rejection(new Rejection(reason, null, null, null)));
        }
        if (random.nextInt(10) < 2) {
            return random.nextBoolean() ? complaint
                    : step(complaint, Status.NEEDS_INFO, t, 2, c -> c.statusBeforeInfoRequest(Status.NEW));
        }
        var unit = UNITS.get(random.nextInt(UNITS.size()));
        var category = CATEGORIES.get(random.nextInt(CATEGORIES.size()));
        var verified = step(complaint, Status.VERIFIED, t, 3, c -> c.unit(unit).category(category));
        if (verified == complaint || random.nextInt(10) < 2) {
            return verified;
        }
        t = lastChange;
        var forwarded = step(verified, Status.FORWARDED, t, 2, c -> c);
        if (forwarded == verified) {
            return verified;
        }
        t = lastChange;
        var current = forwarded;
        if (random.nextInt(10) < 2) {
            var rerouteAt = later(t, 1);
            if (rerouteAt != null) {
                var to = UNITS.get((UNITS.indexOf(unit) + 1) % UNITS.size());
                moves.add(new Move(Move.Kind.REROUTED, current.id(), rerouteAt, to, category, unit));
                current = current.toBuilder().unit(to).build();
                t = rerouteAt;
            }
        }
        var started = step(current, Status.IN_PROGRESS, t, 4, c -> c);
        if (started == current || random.nextInt(10) < 3) {
            return started;
        }
        t = lastChange;
        var resolvedAt = later(t, 10);
        if (resolvedAt == null) {
            return started;
        }
        var resolved = move(started, Status.RESOLVED, resolvedAt).resolvedAt(resolvedAt).build();
        if (random.nextInt(10) < 3) {
            var reopenAt = later(resolvedAt, 4);
            if (reopenAt != null) {
                moves.add(new Move(Move.Kind.REOPENED, resolved.id(), reopenAt, resolved.unit(), category, null));
                return move(resolved, Status.IN_PROGRESS, reopenAt).resolvedAt(null).build();
            }
        }
        if (random.nextInt(10) < 5) {
            var closedAt = later(resolvedAt, 14);
            if (closedAt != null) {
                return move(resolved, Status.CLOSED, closedAt).build();
            }
        }
        return resolved;
    }

    private Complaint step(Complaint before, Status to, Instant after, int days,
                           UnaryOperator<Complaint.Builder> also) {
        var at = later(after, days);
        if (at == null) {
            return before;
        }
        lastChange = at;
        return also.apply(move(before, to, at)).build();
    }

    private static Complaint.Builder move(Complaint before, Status to, Instant at) {
        var clocks = before.clocks() == null ? null : before.clocks().onStatusChange(before.status(), to, at, RULES);
        return before.toBuilder().status(to).clocks(clocks);
    }

    /** A random minute up to {@code days} after {@code from}; null when it would be after now. */
    private Instant later(Instant from, int days) {
        var at = from.plus(Duration.ofMinutes(1 + random.nextInt(days * 24 * 60)));
        return at.isBefore(NOW) ? at : null;
    }
}

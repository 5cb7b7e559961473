package id.aduan.core.report;

import id.aduan.core.complaint.Complaint;
import id.aduan.core.kernel.Status;
import id.aduan.core.sla.ClockState;
import id.aduan.core.sla.SlaClock;
import id.aduan.core.sla.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The report's figures worked out again the slow, obvious way, to hold the real computation to: working
 * time by walking the calendar minute by minute, percentiles by sorting, breaches by deadlines.
 */
final class Recount {

    private static final Set<Status> VERIFIED_OR_LATER = Set.of(Status.VERIFIED, Status.FORWARDED, Status.IN_PROGRESS,
            Status.RESOLVED, Status.CLOSED);
    private static final Set<Status> FORWARDED_OR_LATER = Set.of(Status.FORWARDED, Status.IN_PROGRESS,
            Status.RESOLVED, Status.CLOSED);
    private static final Set<Status> OPEN = Set.of(Status.NEW, Status.NEEDS_INFO, Status.VERIFIED, Status.FORWARDED,
            Status.IN_PROGRESS);

    private Recount() {
    }

    static long count(List<Complaint> complaints, Set<Status> statuses) {
        return complaints.stream().filter(c -> statuses.contains(c.status())).count();
    }

    static long verified(List<Complaint> complaints) {
        return count(complaints, VERIFIED_OR_LATER);
    }

    static long forwarded(List<Complaint> complaints) {
        return count(complaints, FORWARDED_OR_LATER);
    }

    static long open(List<Complaint> complaints, Instant now, int fromDays, int toDays) {
        return complaints.stream().filter(c -> OPEN.contains(c.status())).filter(c -> {
            long hours = Duration.between(c.receivedAt(), now).toHours();
            return hours >= fromDays * 24L && hours < toDays * 24L;
        }).count();
    }

    static Duration workingMinutes(Instant from, Instant to, WorkingCalendar calendar) {
        long minutes = 0;
        for (var t = from; t.isBefore(to); t = t.plusSeconds(60)) {
            if (calendar.isWorkingTime(t)) {
                minutes++;
            }
        }
        return Duration.ofMinutes(minutes);
    }

    /** The value at rank ceil(p * n) of the sorted values, 1-based. */
    static Duration percentile(List<Duration> values, int percent) {
        var sorted = new ArrayList<>(values);
        sorted.sort(null);
        int rank = (sorted.size() * percent + 99) / 100;
        return sorted.get(rank - 1);
    }

    enum Outcome { MET, BREACHED, RUNNING }

    static Outcome outcome(SlaClock clock, Instant now) {
        return switch (clock.state()) {
            case ClockState.Stopped stopped -> clock.used().compareTo(clock.window().length()) <= 0
                    ? Outcome.MET : Outcome.BREACHED;
            case ClockState.Running running -> now.isBefore(running.deadline()) ? Outcome.RUNNING : Outcome.BREACHED;
            case ClockState.Paused paused -> clock.used().compareTo(clock.window().length()) > 0
                    ? Outcome.BREACHED : Outcome.RUNNING;
        };
    }
}

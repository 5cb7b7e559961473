package id.aduan.core.desk;

import id.aduan.core.complaint.TriageState;
import id.aduan.core.kernel.Status;
import id.aduan.core.sla.ClockState;
import id.aduan.core.sla.SlaClock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * How many open complaints a queue holds, by status. A NEW complaint triage judged not to be one
 * (praise, a question, spam) is counted apart, as {@code notComplaintSuggested}, until staff confirm
 * it: it is not work waiting. {@code slaAtRisk} counts what the work queue's {@code slaAtRisk} filter
 * lists (a running clock past its warning, breached or not), {@code slaBreached} those past a deadline.
 * {@code complete} is false when the count stopped at its read budget and is a lower bound.
 */
public record QueueCounts(Map<Status, Integer> byStatus, int notComplaintSuggested, int slaAtRisk, int slaBreached,
                          boolean complete) {

    /** The statuses counted: every one that is still work. */
    public static final Set<Status> OPEN = Set.copyOf(Arrays.stream(Status.values())
            .filter(status -> !status.isFinal()).toList());

    public QueueCounts {
        byStatus = Map.copyOf(byStatus);
    }

    /** The counts of two queues together (two governments'): complete only when both are. */
    public QueueCounts plus(QueueCounts other) {
        var sum = new EnumMap<Status, Integer>(Status.class);
        sum.putAll(byStatus);
        other.byStatus.forEach((status, count) -> sum.merge(status, count, Integer::sum));
        return new QueueCounts(sum, notComplaintSuggested + other.notComplaintSuggested, slaAtRisk + other.slaAtRisk,
                slaBreached + other.slaBreached, complete && other.complete);
    }

    /** Counts complaints one at a time, as they are read. */
    public static final class Tally {

        private final Instant now;
        private final Map<Status, Integer> byStatus = new EnumMap<>(Status.class);
        private int notComplaintSuggested;
        private int slaAtRisk;
        private int slaBreached;

        public Tally(Instant now) {
            this.now = now;
            EnumSet.copyOf(OPEN).forEach(status -> byStatus.put(status, 0));
        }

        public void add(Status status, TriageState triage, Collection<SlaClock> clocks) {
            if (!OPEN.contains(status)) {
                return;
            }
            if (status == Status.NEW && judgedNotAComplaint(triage)) {
                notComplaintSuggested++;
            } else {
                byStatus.merge(status, 1, Integer::sum);
            }
            var running = clocks.stream().map(SlaClock::state)
                    .filter(ClockState.Running.class::isInstance).map(ClockState.Running.class::cast).toList();
            if (running.stream().anyMatch(clock -> !now.isBefore(clock.warnAt()))) {
                slaAtRisk++;
            }
            if (running.stream().anyMatch(clock -> !now.isBefore(clock.deadline()))) {
                slaBreached++;
            }
        }

        public QueueCounts counts(boolean complete) {
            return new QueueCounts(byStatus, notComplaintSuggested, slaAtRisk, slaBreached, complete);
        }

        private static boolean judgedNotAComplaint(TriageState triage) {
            return triage instanceof TriageState.Assessed(var suggestion) && !suggestion.complaint();
        }
    }
}

package id.aduan.core.digest;

import id.aduan.core.alert.AlertAttributes;
import id.aduan.core.alert.Breach;
import id.aduan.core.alert.RecordedAlert;
import id.aduan.core.kernel.Percentile;
import id.aduan.core.kernel.Status;
import id.aduan.core.sla.AlertLevel;
import id.aduan.core.sla.ClockKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The figures of one unit's (or the whole city's) daily digest: the open backlog by age and status, the
 * SLA breaches of the last day by clock, and how fast the team answered first.
 */
public record UnitFigures(Map<Age, Integer> backlogByAge, Map<Status, Integer> backlogByStatus,
                          Map<ClockKind, Integer> breachesByClock, int escalatedToCommunications,
                          FirstResponse lastDay, FirstResponse lastWeek) {

    /** How long an open complaint has waited since it arrived. */
    public enum Age {
        UNDER_ONE_DAY("< 1 hari"), ONE_TO_THREE_DAYS("1-3 hari"), THREE_TO_SEVEN_DAYS("3-7 hari"),
        OVER_SEVEN_DAYS("> 7 hari");

        private final String label;

        Age(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public static Age of(Duration waited) {
            if (waited.compareTo(Duration.ofDays(1)) < 0) {
                return UNDER_ONE_DAY;
            }
            if (waited.compareTo(Duration.ofDays(3)) < 0) {
                return ONE_TO_THREE_DAYS;
            }
            return waited.compareTo(Duration.ofDays(7)) < 0 ? THREE_TO_SEVEN_DAYS : OVER_SEVEN_DAYS;
        }
    }

    /** First responses to the complaints received in a period: how many, how many answered, how fast. */
    public record FirstResponse(int received, int answered, Optional<Duration> p50, Optional<Duration> p90) {

        static FirstResponse of(List<ComplaintSnapshot> received) {
            var times = received.stream().flatMap(c -> c.firstResponseTime().stream())
                    .sorted(Comparator.naturalOrder()).toList();
            return new FirstResponse(received.size(), times.size(), Percentile.nearestRank(times, 50),
                    Percentile.nearestRank(times, 90));
        }
    }

    /**
     * @param open     the unit's open complaints
     * @param alerts   the unit's alerts raised since a day ago (and maybe earlier): the breaches they
     *                 record are counted by when they happened, those of the last day only
     * @param received the unit's complaints received in the last week
     */
    public static UnitFigures of(Instant now, List<ComplaintSnapshot> open, List<RecordedAlert> alerts,
                                 List<ComplaintSnapshot> received) {
        var byAge = new EnumMap<Age, Integer>(Age.class);
        for (Age age : Age.values()) {
            byAge.put(age, 0);
        }
        var byStatus = new EnumMap<Status, Integer>(Status.class);
        for (ComplaintSnapshot complaint : open) {
            byAge.merge(Age.of(Duration.between(complaint.receivedAt(), now)), 1, Integer::sum);
            byStatus.merge(complaint.status(), 1, Integer::sum);
        }
        var dayAgo = now.minus(Duration.ofDays(1));
        var breaches = new EnumMap<ClockKind, Integer>(ClockKind.class);
        int escalated = 0;
        for (RecordedAlert alert : alerts) {
            for (Breach breach : Breach.decode(alert.attribute(AlertAttributes.BREACHES))) {
                if (within(breach, dayAgo, now)) {
                    breaches.merge(breach.clock(), 1, Integer::sum);
                }
            }
            escalated += (int) Breach.decode(alert.attribute(AlertAttributes.ESCALATIONS)).stream()
                    .filter(escalation -> within(escalation, dayAgo, now)).count();
        }
        var judged = received.stream().filter(ComplaintSnapshot::judgedComplaint).toList();
        var lastDay = new ArrayList<ComplaintSnapshot>();
        judged.stream().filter(c -> !c.receivedAt().isBefore(dayAgo)).forEach(lastDay::add);
        return new UnitFigures(byAge, byStatus, breaches, escalated, FirstResponse.of(lastDay),
                FirstResponse.of(judged));
    }

    private static boolean within(Breach breach, Instant from, Instant to) {
        return !breach.at().isBefore(from) && breach.at().isBefore(to);
    }

    public int backlog() {
        return backlogByAge.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int breaches() {
        return breachesByClock.values().stream().mapToInt(Integer::intValue).sum();
    }

    public boolean isEmpty() {
        return backlog() == 0 && breaches() == 0 && escalatedToCommunications == 0 && lastWeek.received() == 0;
    }
}

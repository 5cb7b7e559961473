package id.aduan.core.report;

import id.aduan.core.kernel.Percentile;
import id.aduan.core.sla.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * How long something took across complaints (first response, resolution): p50 and p90 both in calendar
 * time and in working time on the SLA calendar, so a weekend does not count against an office.
 */
public record Durations(int count, Optional<Duration> calendarP50, Optional<Duration> calendarP90,
                        Optional<Duration> workingP50, Optional<Duration> workingP90) {

    /** One measured span of one complaint. */
    public record Span(Instant from, Instant to) {
    }

    public static Durations of(List<Span> spans, WorkingCalendar calendar) {
        var calendarTimes = spans.stream().map(span -> Duration.between(span.from(), span.to()))
                .sorted(Comparator.naturalOrder()).toList();
        var workingTimes = spans.stream().map(span -> calendar.workingTimeBetween(span.from(), span.to()))
                .sorted(Comparator.naturalOrder()).toList();
        return new Durations(spans.size(), Percentile.nearestRank(calendarTimes, 50),
                Percentile.nearestRank(calendarTimes, 90), Percentile.nearestRank(workingTimes, 50),
                Percentile.nearestRank(workingTimes, 90));
    }
}

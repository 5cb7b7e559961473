package id.aduan.core.report;

import id.aduan.core.kernel.Percentile;
import id.aduan.core.sla.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

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
        return of(spans, span -> span, span -> calendar);
    }

    /** The spans of {@code measured}, each in working time on its own calendar (its government's). */
    public static <T> Durations of(List<T> measured, Function<T, Span> spanOf, Function<T, WorkingCalendar> calendarOf) {
        var calendarTimes = measured.stream().map(spanOf)
                .map(span -> Duration.between(span.from(), span.to())).sorted(Comparator.naturalOrder()).toList();
        var workingTimes = measured.stream().map(each -> calendarOf.apply(each)
                        .workingTimeBetween(spanOf.apply(each).from(), spanOf.apply(each).to()))
                .sorted(Comparator.naturalOrder()).toList();
        return new Durations(measured.size(), Percentile.nearestRank(calendarTimes, 50),
                Percentile.nearestRank(calendarTimes, 90), Percentile.nearestRank(workingTimes, 50),
                Percentile.nearestRank(workingTimes, 90));
    }
}

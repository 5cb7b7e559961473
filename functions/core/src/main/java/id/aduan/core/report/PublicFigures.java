package id.aduan.core.report;

import id.aduan.core.complaint.Complaint;
import id.aduan.core.sla.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The transparency figures anyone may read: for this month and the twelve before it, the complaints
 * received and handled (resolved or closed) and the median first response; over those thirteen months,
 * SLA compliance per unit (every clock of its complaints) and the most common topics. Only published
 * complaints count (see {@link Publication}); no figure names a person.
 */
public record PublicFigures(YearMonth thisMonth, Instant computedAt, List<MonthFigures> months,
                            List<UnitCompliance> units, List<TopicCount> topics) {

    /** Months shown besides the current one. */
    public static final int PAST_MONTHS = 12;
    static final int TOPICS_SHOWN = 8;

    /** @param medianFirstResponse in working time on the SLA calendar */
    public record MonthFigures(YearMonth month, int received, int handled, Optional<Duration> medianFirstResponse,
                               Optional<Duration> medianFirstResponseCalendar) {
    }

    public record UnitCompliance(String unit, ClockCompliance compliance) {
    }

    public record TopicCount(String topic, int complaints) {
    }

    /** The window the figures read: the first day of the oldest month to the end of this one, in Jakarta. */
    public static ReportWindow window(YearMonth thisMonth) {
        return ReportWindow.months(thisMonth.minusMonths(PAST_MONTHS), thisMonth);
    }

    /** @param received every complaint received in {@link #window(YearMonth)} */
    public static PublicFigures of(YearMonth thisMonth, List<Complaint> received, Instant now,
                                   WorkingCalendar calendar) {
        var window = window(thisMonth);
        var published = received.stream().filter(Publication::isPublished).filter(window::containsReceived).toList();
        var byMonth = published.stream().collect(Collectors.groupingBy(
                complaint -> YearMonth.from(complaint.receivedAt().atZone(WorkingCalendar.ZONE))));
        var months = new ArrayList<MonthFigures>();
        for (int back = 0; back <= PAST_MONTHS; back++) {
            var month = thisMonth.minusMonths(back);
            var complaints = byMonth.getOrDefault(month, List.of());
            var firstResponse = Durations.of(complaints.stream().filter(c -> c.firstResponseAt() != null)
                    .map(c -> new Durations.Span(c.receivedAt(), c.firstResponseAt())).toList(), calendar);
            months.add(new MonthFigures(month, complaints.size(),
                    (int) complaints.stream().filter(Stage::handled).count(), firstResponse.workingP50(),
                    firstResponse.calendarP50()));
        }
        var compliance = new TreeMap<String, ClockCompliance>();
        for (Complaint complaint : published) {
            if (complaint.unit() == null) {
                continue;
            }
            complaint.clocks().clocks().values().forEach(clock -> compliance.merge(complaint.unit(),
                    ClockCompliance.of(clock, now, calendar), ClockCompliance::plus));
        }
        var units = compliance.entrySet().stream().map(e -> new UnitCompliance(e.getKey(), e.getValue())).toList();
        var topics = published.stream().collect(Collectors.groupingBy(Topic::of, Collectors.counting()))
                .entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOPICS_SHOWN)
                .map(e -> new TopicCount(e.getKey(), e.getValue().intValue()))
                .toList();
        return new PublicFigures(thisMonth, now, months, units, topics);
    }
}

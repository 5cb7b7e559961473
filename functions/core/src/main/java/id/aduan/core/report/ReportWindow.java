package id.aduan.core.report;

import id.aduan.core.complaint.Complaint;
import id.aduan.core.sla.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The time a report covers, from {@code from} (inclusive) to {@code to} (exclusive). */
public record ReportWindow(Instant from, Instant to) {

    /** The longest window a report reads: a year and a day, so a whole leap year fits. */
    public static final Duration LONGEST = Duration.ofDays(367);

    public ReportWindow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("a window ends after it starts");
        }
    }

    /** The whole Jakarta months from {@code first} to {@code last}, both included. */
    public static ReportWindow months(YearMonth first, YearMonth last) {
        return new ReportWindow(first.atDay(1).atStartOfDay(WorkingCalendar.ZONE).toInstant(),
                last.plusMonths(1).atDay(1).atStartOfDay(WorkingCalendar.ZONE).toInstant());
    }

    public boolean containsReceived(Complaint complaint) {
        return contains(complaint.receivedAt());
    }

    public boolean contains(Instant at) {
        return !at.isBefore(from) && at.isBefore(to);
    }

    /** The Jakarta months the window touches, oldest first: one index partition each. */
    public List<YearMonth> touchedMonths() {
        var months = new ArrayList<YearMonth>();
        var last = YearMonth.from(to.minusMillis(1).atZone(WorkingCalendar.ZONE));
        for (var month = YearMonth.from(from.atZone(WorkingCalendar.ZONE)); !month.isAfter(last);
             month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    public Duration length() {
        return Duration.between(from, to);
    }
}

package id.aduan.core.report;

import static id.aduan.core.report.GeneratedComplaints.NOW;
import static id.aduan.core.report.GeneratedComplaints.RULES;
import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.core.complaint.Complaint;
import id.aduan.core.kernel.Status;
import id.aduan.core.sla.WorkingCalendar;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The public figures against a recount over generated complaints: only published complaints count. */
class PublicFiguresTest {

    private static final GeneratedComplaints DATA = new GeneratedComplaints(2027, 200);
    private static final YearMonth THIS_MONTH = YearMonth.of(2027, 1);

    @Test
    void everyMonthEqualsTheRecountOfItsPublishedComplaints() {
        var figures = PublicFigures.of(THIS_MONTH, DATA.complaints, NOW, RULES.calendar());

        assertThat(figures.months()).hasSize(13);
        assertThat(figures.months().getFirst().month()).isEqualTo(THIS_MONTH);
        for (PublicFigures.MonthFigures month : figures.months()) {
            var published = published().stream()
                    .filter(c -> YearMonth.from(c.receivedAt().atZone(WorkingCalendar.ZONE)).equals(month.month()))
                    .toList();
            assertThat(month.received()).as(month.month().toString()).isEqualTo(published.size());
            assertThat(month.handled()).isEqualTo(Recount.count(published, Set.of(Status.RESOLVED,
                    Status.CLOSED)));
            var working = published.stream().filter(c -> c.firstResponseAt() != null)
                    .map(c -> Recount.workingMinutes(c.receivedAt(), c.firstResponseAt(), RULES.calendar())).toList();
            if (working.isEmpty()) {
                assertThat(month.medianFirstResponse()).isEmpty();
            } else {
                assertThat(month.medianFirstResponse()).contains(Recount.percentile(working, 50));
            }
        }
        assertThat(figures.months().stream().mapToInt(PublicFigures.MonthFigures::received).sum()).isPositive();
    }

    @Test
    void complianceIsPerUnitOverEveryClockAndTopicsAreTheMostCommon() {
        var figures = PublicFigures.of(THIS_MONTH, DATA.complaints, NOW, RULES.calendar());

        for (PublicFigures.UnitCompliance unit : figures.units()) {
            var outcomes = published().stream().filter(c -> unit.unit().equals(c.unit()))
                    .flatMap(c -> c.clocks().clocks().values().stream()).map(clock -> Recount.outcome(clock, NOW))
                    .collect(Collectors.groupingBy(outcome -> outcome, Collectors.counting()));
            assertThat((long) unit.compliance().met()).isEqualTo(outcomes.getOrDefault(Recount.Outcome.MET, 0L));
            assertThat((long) unit.compliance().breached()).isEqualTo(outcomes.getOrDefault(Recount.Outcome.BREACHED, 0L));
            assertThat((long) unit.compliance().running()).isEqualTo(outcomes.getOrDefault(Recount.Outcome.RUNNING, 0L));
        }
        assertThat(figures.units()).isNotEmpty();
        var counts = published().stream().collect(Collectors.groupingBy(Topic::of, Collectors.counting()));
        var top = figures.topics().getFirst();
        assertThat((long) top.complaints()).isEqualTo(counts.values().stream().max(Long::compare).orElseThrow());
        assertThat(figures.topics().stream().mapToLong(PublicFigures.TopicCount::complaints).sum())
                .isLessThanOrEqualTo(sum(counts.values()));
    }

    @Test
    void rejectedComplaintsAndMessagesThatAreNoComplaintNeverCount() {
        var rejected = DATA.complaints.stream().filter(c -> c.status() == Status.REJECTED).toList();
        var notJudged = DATA.complaints.stream().filter(c -> c.clocks() == null).toList();

        var figures = PublicFigures.of(THIS_MONTH, concat(rejected, notJudged), NOW, RULES.calendar());

        assertThat(rejected).isNotEmpty();
        assertThat(notJudged).isNotEmpty();
        assertThat(figures.months()).allMatch(month -> month.received() == 0);
        assertThat(figures.topics()).isEmpty();
    }

    private static List<Complaint> published() {
        return DATA.complaints.stream().filter(c -> c.status() != Status.REJECTED && c.clocks() != null).toList();
    }

    private static long sum(Collection<Long> values) {
        return values.stream().mapToLong(Long::longValue).sum();
    }

    private static List<Complaint> concat(List<Complaint> a, List<Complaint> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }
}

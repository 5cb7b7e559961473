package id.aduan.core.report;

import static id.aduan.core.report.GeneratedComplaints.NOW;
import static id.aduan.core.report.GeneratedComplaints.RULES;
import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.RejectionReason;
import id.aduan.core.digest.UnitFigures.Age;
import id.aduan.core.kernel.Status;
import id.aduan.core.sla.ClockKind;
import id.aduan.core.sla.ComplaintClocks;
import id.aduan.core.sla.HolidayList;
import id.aduan.core.sla.OfficeHours;
import id.aduan.core.sla.WorkingCalendar;
import id.aduan.core.sla.WorkingWeek;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every figure of a report against a recount over generated complaints, in total, per group and per scope. */
class ReportTest {

    private static final GeneratedComplaints DATA = new GeneratedComplaints(14, 260);
    private static final WorkingCalendar CALENDAR = RULES.calendar();
    private static final ReportWindow DECEMBER = ReportWindow.months(YearMonth.of(2026, 12), YearMonth.of(2026, 12));

    @Test
    void generatedDataCoversWhatTheFiguresMustGetRight() {
        var december = inWindow(DECEMBER);
        assertThat(december.stream().map(Complaint::status).collect(Collectors.toSet())).contains(Status.values());
        assertThat(DATA.moves.stream().map(Move::kind).collect(Collectors.toSet())).contains(Move.Kind.values());
        assertThat(december).anyMatch(c -> c.receivedAt().atZone(WorkingCalendar.ZONE).getHour() == 0
                && c.receivedAt().atZone(ZoneOffset.UTC).getDayOfMonth()
                != c.receivedAt().atZone(WorkingCalendar.ZONE).getDayOfMonth());
        assertThat(december).anyMatch(c -> c.receivedAt().atZone(WorkingCalendar.ZONE).toLocalDate()
                .equals(LocalDate.of(2026, 12, 25)));
    }

    @Test
    void everyTotalFigureEqualsTheRecount() {
        var report = Report.of(DECEMBER, Grouping.UNIT, DATA.complaints, DATA.moves, Optional.empty(), NOW, CALENDAR);

        assertMatchesRecount(report.total(), inWindow(DECEMBER), movesIn(DECEMBER));
    }

    @Test
    void everyGroupEqualsTheRecountOfItsComplaintsAndTheGroupsAddUp() {
        for (Grouping grouping : Grouping.values()) {
            var report = Report.of(DECEMBER, grouping, DATA.complaints, DATA.moves, Optional.empty(), NOW, CALENDAR);
            var complaints = inWindow(DECEMBER);
            var moves = movesIn(DECEMBER);
            report.groups().forEach((key, figures) -> assertMatchesRecount(figures,
                    complaints.stream().filter(c -> grouping.keyOf(c).equals(key)).toList(),
                    moves.stream().filter(m -> grouping.keyOf(m).equals(key)).toList()));
            assertThat(report.groups().values().stream().mapToInt(ComplaintFigures::received).sum())
                    .isEqualTo(complaints.size());
        }
    }

    @Test
    void aUnitsScopeHoldsItsComplaintsAndTheMovesThatConcernIt() {
        var window = new ReportWindow(Instant.parse("2026-11-10T00:00:00Z"), Instant.parse("2026-12-20T00:00:00Z"));
        var report = Report.of(window, Grouping.CATEGORY, DATA.complaints, DATA.moves, Optional.of("PERHUBUNGAN"), NOW,
                CALENDAR);

        assertMatchesRecount(report.total(),
                inWindow(window).stream().filter(c -> "PERHUBUNGAN".equals(c.unit())).toList(),
                movesIn(window).stream().filter(m -> "PERHUBUNGAN".equals(m.unit())
                        || "PERHUBUNGAN".equals(m.fromUnit())).toList());
    }

    @Test
    void aComplaintJustAfterMidnightInJakartaCountsInTheNewMonth() {
        var lateUtc = Instant.parse("2026-11-30T17:30:00Z");
        var complaint = DATA.complaints.getFirst();
        var moved = new Complaint(complaint.id(), complaint.trackingCode(), Status.NEW, complaint.channel(),
                complaint.account(), complaint.reporter(), complaint.text(), List.of(), complaint.replyTarget(), lateUtc,
                lateUtc, 1, false, null, complaint.triage(), null, null, complaint.priority(), null,
                ComplaintClocks.onReceived(lateUtc, complaint.priority(), "", RULES), null, null, null,
                null, 1, 1);

        var december = Report.of(DECEMBER, Grouping.UNIT, List.of(moved), List.of(), Optional.empty(), NOW, CALENDAR);
        var november = Report.of(ReportWindow.months(YearMonth.of(2026, 11), YearMonth.of(2026, 11)), Grouping.UNIT,
                List.of(moved), List.of(), Optional.empty(), NOW, CALENDAR);

        assertThat(december.total().received()).isEqualTo(1);
        assertThat(november.total().received()).isZero();
    }

    @Test
    void workingTimeLeavesOutTheChristmasHolidaysAndTheWeekend() {
        // Wed 23 Dec 2026 15:00 WIB; 24 (cuti bersama) and 25 Dec (Christmas) and the weekend are off.
        var received = LocalDateTime.parse("2026-12-23T15:00").atZone(WorkingCalendar.ZONE).toInstant();
        var answered = LocalDateTime.parse("2026-12-28T09:00").atZone(WorkingCalendar.ZONE).toInstant();
        var figures = Durations.of(List.of(new Durations.Span(received, answered)), CALENDAR);

        assertThat(figures.workingP50()).contains(Duration.ofHours(2));
        assertThat(figures.calendarP50()).contains(Duration.ofHours(114));
    }

    @Test
    void aReportAcrossGovernmentsSumsTheirCountsAndMeasuresEachComplaintOnItsOwnCalendar() {
        var half = DATA.complaints.size() / 2;
        var bandung = DATA.complaints.subList(0, half);
        var garut = DATA.complaints.subList(half, DATA.complaints.size());
        var saturdaysToo = new WorkingCalendar(WorkingWeek.MONDAY_TO_FRIDAY.with(DayOfWeek.SATURDAY,
                OfficeHours.of("08:00", "16:00")), HolidayList.bundled());

        var across = Report.across(DECEMBER, Grouping.UNIT, List.of(new Report.Source(bandung, DATA.moves, CALENDAR),
                new Report.Source(garut, List.of(), saturdaysToo)), Optional.empty(), NOW);

        var alone = List.of(Report.of(DECEMBER, Grouping.UNIT, bandung, DATA.moves, Optional.empty(), NOW, CALENDAR),
                Report.of(DECEMBER, Grouping.UNIT, garut, List.of(), Optional.empty(), NOW, saturdaysToo));
        assertThat(across.total().received()).isEqualTo(alone.stream().mapToInt(r -> r.total().received()).sum());
        assertThat(across.total().closed()).isEqualTo(alone.stream().mapToInt(r -> r.total().closed()).sum());
        assertThat(across.total().reopened()).isEqualTo(alone.getFirst().total().reopened());
        var working = inWindow(DECEMBER).stream().filter(c -> c.firstResponseAt() != null)
                .map(c -> Recount.workingMinutes(c.receivedAt(), c.firstResponseAt(),
                        garut.contains(c) ? saturdaysToo : CALENDAR)).toList();
        assertThat(across.total().firstResponse().count()).isEqualTo(working.size());
        assertThat(across.total().firstResponse().workingP50()).contains(Recount.percentile(working, 50));
        assertThat(across.total().firstResponse().workingP90()).contains(Recount.percentile(working, 90));
    }

    private static void assertMatchesRecount(ComplaintFigures figures, List<Complaint> complaints, List<Move> moves) {
        assertThat(figures.received()).isEqualTo(complaints.size());
        assertThat(figures.verified()).isEqualTo(Recount.verified(complaints));
        assertThat(figures.forwarded()).isEqualTo(Recount.forwarded(complaints));
        assertThat(figures.resolved()).isEqualTo(Recount.count(complaints, Set.of(Status.RESOLVED, Status.CLOSED)));
        assertThat(figures.closed()).isEqualTo(Recount.count(complaints, Set.of(Status.CLOSED)));
        for (RejectionReason reason : RejectionReason.values()) {
            assertThat(figures.rejected().getOrDefault(reason, 0)).as(reason.name()).isEqualTo(
                    complaints.stream().filter(c -> c.rejection() != null && c.rejection().reason() == reason).count());
        }
        assertThat(figures.reopened()).isEqualTo(moves.stream().filter(m -> m.kind() == Move.Kind.REOPENED).count());
        assertThat(figures.reroutes()).isEqualTo(moves.stream().filter(m -> m.kind() == Move.Kind.REROUTED)
                .collect(Collectors.groupingBy(m -> m.fromUnit() + "->" + m.unit(), Collectors.summingInt(m -> 1))));
        assertDurations(figures.firstResponse(), complaints.stream().filter(c -> c.firstResponseAt() != null)
                .map(c -> new Instant[] {c.receivedAt(), c.firstResponseAt()}).toList());
        assertDurations(figures.resolution(), complaints.stream().filter(c -> c.resolvedAt() != null)
                .map(c -> new Instant[] {c.receivedAt(), c.resolvedAt()}).toList());
        for (ClockKind kind : ClockKind.values()) {
            var outcomes = complaints.stream().filter(c -> c.clocks() != null)
                    .flatMap(c -> c.clocks().clock(kind).stream()).map(clock -> Recount.outcome(clock, NOW)).toList();
            var sla = figures.sla().get(kind);
            assertThat(sla.met()).as(kind + " met").isEqualTo(outcomes.stream().filter(o -> o == Recount.Outcome.MET).count());
            assertThat(sla.breached()).as(kind + " breached")
                    .isEqualTo(outcomes.stream().filter(o -> o == Recount.Outcome.BREACHED).count());
            assertThat(sla.running()).as(kind + " running")
                    .isEqualTo(outcomes.stream().filter(o -> o == Recount.Outcome.RUNNING).count());
        }
        assertThat(figures.backlog().get(Age.UNDER_ONE_DAY)).isEqualTo(Recount.open(complaints, NOW, 0, 1));
        assertThat(figures.backlog().get(Age.ONE_TO_THREE_DAYS)).isEqualTo(Recount.open(complaints, NOW, 1, 3));
        assertThat(figures.backlog().get(Age.THREE_TO_SEVEN_DAYS)).isEqualTo(Recount.open(complaints, NOW, 3, 7));
        assertThat(figures.backlog().get(Age.OVER_SEVEN_DAYS)).isEqualTo(Recount.open(complaints, NOW, 7, 100_000));
    }

    private static void assertDurations(Durations durations, List<Instant[]> spans) {
        assertThat(durations.count()).isEqualTo(spans.size());
        if (spans.isEmpty()) {
            assertThat(durations.calendarP50()).isEmpty();
            return;
        }
        var calendar = spans.stream().map(s -> Duration.between(s[0], s[1])).toList();
        var working = spans.stream().map(s -> Recount.workingMinutes(s[0], s[1], CALENDAR)).toList();
        assertThat(durations.calendarP50()).contains(Recount.percentile(calendar, 50));
        assertThat(durations.calendarP90()).contains(Recount.percentile(calendar, 90));
        assertThat(durations.workingP50()).contains(Recount.percentile(working, 50));
        assertThat(durations.workingP90()).contains(Recount.percentile(working, 90));
    }

    private static List<Complaint> inWindow(ReportWindow window) {
        return DATA.complaints.stream().filter(c -> !c.receivedAt().isBefore(window.from())
                && c.receivedAt().isBefore(window.to())).toList();
    }

    private static List<Move> movesIn(ReportWindow window) {
        return DATA.moves.stream().filter(m -> !m.at().isBefore(window.from()) && m.at().isBefore(window.to())).toList();
    }
}

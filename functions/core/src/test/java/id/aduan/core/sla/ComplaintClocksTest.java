package id.aduan.core.sla;

import static id.aduan.core.sla.Wib.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.aduan.core.kernel.Priority;
import id.aduan.core.kernel.Status;
import id.aduan.core.sla.ClockState.Paused;
import id.aduan.core.sla.ClockState.Running;
import id.aduan.core.sla.ClockState.Stopped;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComplaintClocksTest {

    private final SlaRules rules = new SlaRules(SlaPolicy.DEFAULT, CalendarArbitraries.STANDARD);

    /** Friday 14 August 2026, 14:00: Saturday, Sunday and Monday 17 August (Proklamasi Kemerdekaan) follow. */
    private static final String FRIDAY_BEFORE_INDEPENDENCE_DAY = "2026-08-14T14:00";

    @ParameterizedTest(name = "{0}: first response due {1}, warned {2}")
    @CsvSource({
            "URGENT, 2026-08-14T15:00, 2026-08-14T14:45", // 1 hour around the clock
            "HIGH,   2026-08-18T10:00, 2026-08-18T09:00", // 2 working hours on Friday, 2 on Tuesday
            "NORMAL, 2026-08-18T14:00, 2026-08-18T12:00",
            "LOW,    2026-08-19T14:00, 2026-08-19T10:00"}) // 2 full office days: 16 working hours, warned after 12
    void complaintOnFridayAfternoonBeforeLongWeekendIsDueAfterTheHolidays(Priority priority, String due, String warned) {
        ComplaintClocks clocks = ComplaintClocks.onReceived(at(FRIDAY_BEFORE_INDEPENDENCE_DAY), priority, "", rules);

        assertThat(running(clocks, ClockKind.FIRST_RESPONSE).deadline()).isEqualTo(at(due));
        assertThat(running(clocks, ClockKind.FIRST_RESPONSE).warnAt()).isEqualTo(at(warned));
        // 3 working days for every priority: 2 hours on Friday, Tuesday, Wednesday, 6 hours on Thursday.
        assertThat(running(clocks, ClockKind.VERIFICATION).deadline()).isEqualTo(at("2026-08-20T14:00"));
        assertThat(clocks.clock(ClockKind.FOLLOW_UP)).isEmpty();
        assertThat(clocks.clock(ClockKind.RESOLUTION)).isEmpty();
    }

    @Test
    void complaintForwardedOnFridayAfternoonGetsFollowUpAndResolutionDeadlinesAfterTheHolidays() {
        ComplaintClocks clocks = ComplaintClocks
                .onReceived(at(FRIDAY_BEFORE_INDEPENDENCE_DAY), Priority.HIGH, "Jalan rusak", rules)
                .onStaffReply(at("2026-08-14T14:30"), rules)
                .onStatusChange(Status.NEW, Status.VERIFIED, at("2026-08-14T15:00"), rules)
                .onStatusChange(Status.VERIFIED, Status.FORWARDED, at("2026-08-14T15:00"), rules);

        assertThat(outcome(clocks, ClockKind.FIRST_RESPONSE)).isEqualTo(new SlaOutcome.Met(Duration.ofMinutes(210)));
        assertThat(outcome(clocks, ClockKind.VERIFICATION)).isEqualTo(new SlaOutcome.Met(Duration.ofHours(23)));
        // 5 working days: 1 hour on Friday, four full days Tuesday to Friday, 7 hours on Monday 24 August.
        assertThat(running(clocks, ClockKind.FOLLOW_UP).deadline()).isEqualTo(at("2026-08-24T15:00"));
        // 60 days around the clock, holidays included.
        assertThat(running(clocks, ClockKind.RESOLUTION).deadline()).isEqualTo(at("2026-10-13T15:00"));
    }

    @Test
    void deadStreetLightVerifiedBeforeTheLongWeekendIsDueOnThursday() {
        ComplaintClocks clocks = ComplaintClocks
                .onReceived(at(FRIDAY_BEFORE_INDEPENDENCE_DAY), Priority.NORMAL, "PJU mati", rules)
                .onStatusChange(Status.NEW, Status.VERIFIED, at("2026-08-14T15:00"), rules);
        assertThat(running(clocks, ClockKind.RESOLUTION).deadline()).isEqualTo(at("2026-08-20T15:00"));
    }

    @Test
    void complaintOnNewYearsEveIsDueAfterNewYearAndIsraMikraj() {
        ComplaintClocks clocks = ComplaintClocks.onReceived(at("2026-12-31T10:00"), Priority.NORMAL, "", rules);
        assertThat(running(clocks, ClockKind.FIRST_RESPONSE).deadline()).isEqualTo(at("2027-01-04T10:00"));
        // 6 hours on Thursday, 8 on Monday 4 January, none on Tuesday 5 January, 8 on Wednesday, 2 on Thursday.
        assertThat(running(clocks, ClockKind.VERIFICATION).deadline()).isEqualTo(at("2027-01-07T10:00"));
    }

    @Test
    void waitingForTheReporterOverLebaranCostsNoTime() {
        ComplaintClocks asked = ComplaintClocks.onReceived(at("2026-03-17T09:00"), Priority.NORMAL, "", rules)
                .onStaffReply(at("2026-03-17T10:00"), rules)
                .onStatusChange(Status.NEW, Status.NEEDS_INFO, at("2026-03-17T10:00"), rules);

        assertThat(asked.clock(ClockKind.VERIFICATION).orElseThrow().state()).isEqualTo(new Paused(at("2026-03-17T10:00")));
        assertThat(asked.nextDueAt()).as("out of the due index while waiting").isEmpty();

        ComplaintClocks answered = asked.onStatusChange(Status.NEEDS_INFO, Status.NEW, at("2026-03-25T09:00"), rules);
        // 1 of 24 working hours used before the question; 23 left from Wednesday 25 March, after the break.
        assertThat(running(answered, ClockKind.VERIFICATION).deadline()).isEqualTo(at("2026-03-27T16:00"));
    }

    @Test
    void sweepsEscalateAnUnansweredComplaintLevelByLevel() {
        ComplaintClocks clocks = ComplaintClocks.onReceived(at("2026-08-12T10:00"), Priority.NORMAL, "", rules);
        assertThat(clocks.nextDueAt()).contains(at("2026-08-12T16:00"));
        assertThat(clocks.dueAlerts(at("2026-08-12T15:59"), rules)).isEmpty();

        assertThat(clocks.dueAlerts(at("2026-08-12T16:00"), rules))
                .extracting(DueAlert::clock, DueAlert::level, DueAlert::howLate)
                .containsExactly(tuple(ClockKind.FIRST_RESPONSE, AlertLevel.WARNING, "sisa 2 jam kerja"));
        clocks = sendAll(clocks, at("2026-08-12T16:00"));
        assertThat(clocks.nextDueAt()).contains(at("2026-08-13T10:00"));

        assertThat(clocks.dueAlerts(at("2026-08-13T12:15"), rules))
                .extracting(DueAlert::clock, DueAlert::level, DueAlert::howLate)
                .containsExactly(
                        tuple(ClockKind.FIRST_RESPONSE, AlertLevel.BREACH_UNIT, "terlambat 2 jam 15 menit kerja"),
                        tuple(ClockKind.FIRST_RESPONSE, AlertLevel.BREACH_SUPERVISOR, "terlambat 2 jam 15 menit kerja"));
        clocks = sendAll(clocks, at("2026-08-13T12:15"));
        assertThat(clocks.nextDueAt()).contains(at("2026-08-13T14:00"));

        assertThat(clocks.dueAlerts(at("2026-08-13T14:00"), rules))
                .extracting(DueAlert::level, DueAlert::late)
                .containsExactly(tuple(AlertLevel.BREACH_COMMUNICATIONS, Duration.ofHours(4)));
        clocks = sendAll(clocks, at("2026-08-13T14:00"));
        // Next: verification warns at 18 of 24 working hours, Friday 14 August at noon.
        assertThat(clocks.nextDueAt()).contains(at("2026-08-14T12:00"));
        assertThat(clocks.dueAlerts(at("2026-08-13T14:00"), rules)).as("a retried sweep sends nothing again").isEmpty();
    }

    @Test
    void upgradeToUrgentMeasuresTheFirstResponseAroundTheClock() {
        ComplaintClocks clocks = ComplaintClocks.onReceived(at("2026-08-12T10:00"), Priority.NORMAL, "", rules)
                .onPriorityChange(Priority.URGENT, at("2026-08-12T11:00"), rules);
        assertThat(clocks.priority()).isEqualTo(Priority.URGENT);
        // An eighth of the window was used, so an eighth of the hour: due at 11:52:30.
        assertThat(running(clocks, ClockKind.FIRST_RESPONSE).deadline()).isEqualTo(at("2026-08-12T11:52:30"));
        assertThat(running(clocks, ClockKind.VERIFICATION).deadline()).as("same target for every priority")
                .isEqualTo(at("2026-08-18T10:00"));
    }

    @Test
    void upgradeAfterLongSilenceIsBreachedAtOnce() {
        ComplaintClocks clocks = ComplaintClocks.onReceived(at("2026-08-12T10:00"), Priority.NORMAL, "", rules)
                .onPriorityChange(Priority.HIGH, at("2026-08-12T15:00"), rules);
        assertThat(clocks.nextDueAt()).contains(at("2026-08-12T15:00"));
        assertThat(clocks.dueAlerts(at("2026-08-12T15:00"), rules))
                .extracting(DueAlert::level, DueAlert::howLate)
                .containsExactly(
                        tuple(AlertLevel.WARNING, "terlambat 1 jam kerja"),
                        tuple(AlertLevel.BREACH_UNIT, "terlambat 1 jam kerja"),
                        tuple(AlertLevel.BREACH_SUPERVISOR, "terlambat 1 jam kerja"));
    }

    @Test
    void categorySetAtVerificationDecidesTheResolutionTarget() {
        ComplaintClocks clocks = ComplaintClocks.onReceived(at("2026-08-12T10:00"), Priority.NORMAL, "", rules)
                .onCategoryChange("PJU mati", at("2026-08-12T11:00"), rules)
                .onStatusChange(Status.NEW, Status.VERIFIED, at("2026-08-12T11:00"), rules);
        // 3 working days from Wednesday 11:00, skipping Monday 17 August.
        assertThat(running(clocks, ClockKind.RESOLUTION).deadline()).isEqualTo(at("2026-08-18T11:00"));
    }

    @Test
    void reroutingToAnotherUnitKeepsTheFollowUpClockRunning() {
        ComplaintClocks forwarded = forwarded(at("2026-08-12T10:00"));
        ComplaintClocks rerouted = forwarded.onStatusChange(Status.FORWARDED, Status.FORWARDED, at("2026-08-13T10:00"), rules);
        assertThat(rerouted.clock(ClockKind.FOLLOW_UP)).isEqualTo(forwarded.clock(ClockKind.FOLLOW_UP));
    }

    @Test
    void followUpStopsWhenTheUnitStartsWork() {
        ComplaintClocks clocks = forwarded(at("2026-08-12T10:00"))
                .onStatusChange(Status.FORWARDED, Status.IN_PROGRESS, at("2026-08-13T10:00"), rules);
        assertThat(outcome(clocks, ClockKind.FOLLOW_UP)).isEqualTo(new SlaOutcome.Met(Duration.ofHours(32)));
        assertThat(clocks.clock(ClockKind.RESOLUTION).orElseThrow().state()).isInstanceOf(Running.class);
    }

    @Test
    void reopenedComplaintResumesResolutionWithoutRepeatingAlerts() {
        ComplaintClocks resolved = forwarded(at("2026-08-12T10:00"))
                .onStatusChange(Status.FORWARDED, Status.IN_PROGRESS, at("2026-08-13T10:00"), rules)
                .withAlertSent(ClockKind.RESOLUTION, AlertLevel.WARNING)
                .onStatusChange(Status.IN_PROGRESS, Status.RESOLVED, at("2026-08-20T10:00"), rules);
        assertThat(resolved.clock(ClockKind.RESOLUTION).orElseThrow().state()).isEqualTo(new Stopped(at("2026-08-20T10:00")));

        ComplaintClocks reopened = resolved.onStatusChange(Status.RESOLVED, Status.IN_PROGRESS, at("2026-08-25T10:00"), rules);
        SlaClock resolution = reopened.clock(ClockKind.RESOLUTION).orElseThrow();
        assertThat(resolution.used()).isEqualTo(Duration.ofDays(8));
        // 52 days left from the reopening; the days it stood resolved do not count.
        assertThat(((Running) resolution.state()).deadline()).isEqualTo(at("2026-10-16T10:00"));
        assertThat(resolution.alerted()).containsExactly(AlertLevel.WARNING);
    }

    @Test
    void rejectedComplaintStopsEveryClockAndLeavesTheDueIndex() {
        ComplaintClocks clocks = ComplaintClocks.onReceived(at("2026-08-12T10:00"), Priority.LOW, "", rules)
                .onStatusChange(Status.NEW, Status.NEEDS_INFO, at("2026-08-12T11:00"), rules)
                .onStatusChange(Status.NEEDS_INFO, Status.REJECTED, at("2026-08-19T11:00"), rules);
        assertThat(clocks.clocks().values()).allSatisfy(clock -> assertThat(clock.state()).isInstanceOf(Stopped.class));
        assertThat(clocks.clock(ClockKind.VERIFICATION).orElseThrow().used()).isEqualTo(Duration.ofHours(1));
        assertThat(clocks.nextDueAt()).isEmpty();
    }

    private ComplaintClocks forwarded(Instant at) {
        return ComplaintClocks.onReceived(at, Priority.NORMAL, "Jalan rusak", rules)
                .onStaffReply(at, rules)
                .onStatusChange(Status.NEW, Status.VERIFIED, at, rules)
                .onStatusChange(Status.VERIFIED, Status.FORWARDED, at, rules);
    }

    private ComplaintClocks sendAll(ComplaintClocks clocks, Instant now) {
        for (DueAlert alert : clocks.dueAlerts(now, rules)) {
            clocks = clocks.withAlertSent(alert.clock(), alert.level());
        }
        return clocks;
    }

    private static SlaOutcome outcome(ComplaintClocks clocks, ClockKind kind) {
        return clocks.clock(kind).orElseThrow().outcome().orElseThrow();
    }

    private static Running running(ComplaintClocks clocks, ClockKind kind) {
        return (Running) clocks.clock(kind).orElseThrow().state();
    }
}

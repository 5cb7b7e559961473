package id.aduan.core.sla;

import static id.aduan.core.sla.Wib.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.aduan.core.kernel.Priority;
import id.aduan.core.sla.ClockState.Paused;
import id.aduan.core.sla.ClockState.Running;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SlaClockTest {

    private final WorkingCalendar calendar = CalendarArbitraries.STANDARD;
    private final SlaRules rules = new SlaRules(SlaPolicy.DEFAULT, calendar);

    private SlaClock firstResponse(Priority priority, String startedAt) {
        SlaWindow window = rules.window(ClockKind.FIRST_RESPONSE, priority, "");
        return SlaClock.start(ClockKind.FIRST_RESPONSE, window, at(startedAt), calendar);
    }

    @Test
    void startingStoresWhenTheWarningTheDeadlineAndTheEscalationFallDue() {
        SlaClock clock = firstResponse(Priority.NORMAL, "2026-08-12T10:00");
        assertThat(clock.state()).isEqualTo(new Running(
                at("2026-08-12T10:00"),
                at("2026-08-12T16:00"), // 6 of 8 working hours: used up exactly at closing
                at("2026-08-13T10:00"),
                at("2026-08-13T14:00"))); // another half window: 4 working hours
    }

    @Test
    void pausedTimeDoesNotCountAgainstTheWindow() {
        SlaClock clock = firstResponse(Priority.URGENT, "2026-08-15T22:00")
                .pause(at("2026-08-15T22:20"), calendar)
                .resume(at("2026-08-16T09:00"), calendar);
        assertThat(clock.used()).isEqualTo(Duration.ofMinutes(20));
        assertThat(((Running) clock.state()).deadline()).isEqualTo(at("2026-08-16T09:40"));
        assertThat(((Running) clock.state()).warnAt()).isEqualTo(at("2026-08-16T09:25"));
    }

    @Test
    void stoppingWithinTheWindowMeetsTheTargetWithTimeToSpare() {
        SlaClock clock = firstResponse(Priority.HIGH, "2026-08-12T14:00").stop(at("2026-08-13T08:30"), calendar);
        assertThat(clock.outcome()).contains(new SlaOutcome.Met(Duration.ofMinutes(90)));
    }

    @Test
    void stoppingAfterTheDeadlineBreachesByTheTimeOver() {
        SlaClock clock = firstResponse(Priority.HIGH, "2026-08-12T14:00").stop(at("2026-08-13T11:15"), calendar);
        assertThat(clock.outcome()).contains(new SlaOutcome.Breached(Duration.ofMinutes(75)));
    }

    @Test
    void levelsFallDueInTurnAndNeverTwice() {
        SlaClock clock = firstResponse(Priority.NORMAL, "2026-08-12T10:00");
        assertThat(clock.levelsDue(at("2026-08-12T15:59"))).isEmpty();
        assertThat(clock.levelsDue(at("2026-08-12T16:00"))).containsExactly(AlertLevel.WARNING);

        clock = clock.withAlertSent(AlertLevel.WARNING);
        assertThat(clock.nextAlertAt()).contains(at("2026-08-13T10:00"));
        assertThat(clock.levelsDue(at("2026-08-13T10:00"))).containsExactly(AlertLevel.BREACH_UNIT, AlertLevel.BREACH_SUPERVISOR);

        clock = clock.withAlertSent(AlertLevel.BREACH_UNIT).withAlertSent(AlertLevel.BREACH_SUPERVISOR);
        assertThat(clock.levelsDue(at("2026-08-13T13:59"))).isEmpty();
        assertThat(clock.levelsDue(at("2026-08-13T14:00"))).containsExactly(AlertLevel.BREACH_COMMUNICATIONS);

        clock = clock.withAlertSent(AlertLevel.BREACH_COMMUNICATIONS);
        assertThat(clock.levelsDue(at("2026-12-31T00:00"))).isEmpty();
        assertThat(clock.nextAlertAt()).isEmpty();
    }

    @Test
    void sweepThatMissedEverythingSendsAllLevelsAtOnce() {
        SlaClock clock = firstResponse(Priority.URGENT, "2026-08-15T22:00");
        assertThat(clock.levelsDue(at("2026-08-17T08:00"))).containsExactly(AlertLevel.values());
    }

    @Test
    void pausedClockStillOwesTheWarningItReachedBeforeThePause() {
        SlaClock clock = firstResponse(Priority.NORMAL, "2026-08-12T08:00").pause(at("2026-08-12T15:00"), calendar);
        assertThat(clock.levelsDue(at("2026-08-20T10:00"))).containsExactly(AlertLevel.WARNING);
        assertThat(clock.nextAlertAt()).contains(at("2026-08-12T15:00"));
        assertThat(clock.withAlertSent(AlertLevel.WARNING).nextAlertAt()).isEmpty();
    }

    @Test
    void stoppedClockOwesNothing() {
        SlaClock clock = firstResponse(Priority.URGENT, "2026-08-12T08:00").stop(at("2026-08-12T08:10"), calendar);
        assertThat(clock.levelsDue(at("2026-08-20T10:00"))).isEmpty();
        assertThat(clock.nextAlertAt()).isEmpty();
    }

    @Test
    void reopenedClockContinuesWithTheTimeItHadUsed() {
        SlaClock clock = firstResponse(Priority.HIGH, "2026-08-12T08:00")
                .stop(at("2026-08-12T11:00"), calendar)
                .resume(at("2026-08-13T08:00"), calendar);
        assertThat(clock.outcome()).isEmpty();
        assertThat(((Running) clock.state()).deadline()).isEqualTo(at("2026-08-13T09:00"));
    }

    @Test
    void shorterWindowOfTheSameBasisKeepsTheTimeUsedAndCanBeBreachedAtOnce() {
        SlaClock clock = firstResponse(Priority.NORMAL, "2026-08-12T10:00")
                .retarget(rules.window(ClockKind.FIRST_RESPONSE, Priority.HIGH, ""), at("2026-08-12T15:00"), calendar);
        assertThat(clock.used()).isEqualTo(Duration.ofHours(5));
        assertThat(clock.levelsDue(at("2026-08-12T15:00")))
                .containsExactly(AlertLevel.WARNING, AlertLevel.BREACH_UNIT, AlertLevel.BREACH_SUPERVISOR);
        assertThat(((Running) clock.state()).escalateAt()).isEqualTo(at("2026-08-12T16:00"));
    }

    @Test
    void windowOfAnotherBasisCarriesOverTheSameShareOfTimeUsed() {
        SlaClock clock = firstResponse(Priority.NORMAL, "2026-08-12T10:00")
                .retarget(rules.window(ClockKind.FIRST_RESPONSE, Priority.URGENT, ""), at("2026-08-12T11:00"), calendar);
        assertThat(clock.used()).isEqualTo(Duration.ofSeconds(450)); // 1 of 8 hours is an eighth of the hour
        assertThat(((Running) clock.state()).deadline()).isEqualTo(at("2026-08-12T11:52:30"));
    }

    @Test
    void pausedClockIsRetargetedWithoutStartingToCount() {
        SlaClock clock = firstResponse(Priority.NORMAL, "2026-08-12T10:00").pause(at("2026-08-12T12:00"), calendar)
                .retarget(rules.window(ClockKind.FIRST_RESPONSE, Priority.HIGH, ""), at("2026-08-13T10:00"), calendar);
        assertThat(clock.state()).isEqualTo(new Paused(at("2026-08-12T12:00")));
        assertThat(clock.used()).isEqualTo(Duration.ofHours(2));
        assertThat(clock.window().length()).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void onlyARunningClockPausesAndOnlyAStoppedOrPausedOneResumes() {
        SlaClock running = firstResponse(Priority.NORMAL, "2026-08-12T10:00");
        SlaClock paused = running.pause(at("2026-08-12T11:00"), calendar);
        assertThatThrownBy(() -> paused.pause(at("2026-08-12T12:00"), calendar)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> running.resume(at("2026-08-12T12:00"), calendar)).isInstanceOf(IllegalStateException.class);
        SlaClock stopped = paused.stop(at("2026-08-12T12:00"), calendar);
        assertThatThrownBy(() -> stopped.stop(at("2026-08-12T13:00"), calendar)).isInstanceOf(IllegalStateException.class);
    }
}

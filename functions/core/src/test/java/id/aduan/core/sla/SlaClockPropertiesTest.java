package id.aduan.core.sla;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.core.sla.ClockState.Running;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class SlaClockPropertiesTest {

    private final WorkingCalendar calendar = CalendarArbitraries.STANDARD;

    @Provide
    Arbitrary<Instant> instants() {
        return CalendarArbitraries.instants();
    }

    @Provide
    Arbitrary<SlaWindow> windows() {
        Arbitrary<SlaTarget> targets = Arbitraries.oneOf(
                Arbitraries.integers().between(1, 40).map(hours -> SlaTarget.workingHours(hours)),
                Arbitraries.integers().between(1, 10).map(SlaTarget::workingDays),
                Arbitraries.integers().between(1, 24 * 60).map(hours -> SlaTarget.aroundTheClock(Duration.ofHours(hours))));
        Arbitrary<Double> shares = Arbitraries.doubles().between(0.05, 0.95);
        return Combinators.combine(targets, shares).as((target, share) -> SlaWindow.of(target, share, calendar));
    }

    /** Wall-clock gaps up to three weeks, so pauses span nights, weekends and holiday runs. */
    @Provide
    Arbitrary<Duration> gaps() {
        return Arbitraries.longs().between(0, 21L * 24 * 60).map(Duration::ofMinutes);
    }

    @Property
    void pausedTimeMovesTheDeadlineByExactlyTheTimeThatWouldHaveCounted(
            @ForAll("windows") SlaWindow window, @ForAll("instants") Instant start,
            @ForAll("gaps") Duration untilPause, @ForAll("gaps") Duration pausedFor) {
        SlaClock clock = SlaClock.start(ClockKind.VERIFICATION, window, start, calendar);
        Instant deadline = ((Running) clock.state()).deadline();
        Instant pause = start.plus(untilPause);
        Instant resume = pause.plus(pausedFor);
        Assume.that(pause.isBefore(deadline));

        SlaClock resumed = clock.pause(pause, calendar).resume(resume, calendar);

        TimeBasis basis = window.basis();
        Instant expected = basis.after(start, window.length().plus(basis.between(pause, resume, calendar)), calendar);
        assertThat(((Running) resumed.state()).deadline()).isEqualTo(expected);
    }

    @Property
    void timeUsedIsOnlyTheTimeWhileRunning(
            @ForAll("windows") SlaWindow window, @ForAll("instants") Instant start,
            @ForAll("gaps") Duration untilPause, @ForAll("gaps") Duration pausedFor, @ForAll("gaps") Duration untilStop) {
        Instant pause = start.plus(untilPause);
        Instant resume = pause.plus(pausedFor);
        Instant stop = resume.plus(untilStop);
        SlaClock stopped = SlaClock.start(ClockKind.VERIFICATION, window, start, calendar)
                .pause(pause, calendar).resume(resume, calendar).stop(stop, calendar);
        TimeBasis basis = window.basis();
        assertThat(stopped.used()).isEqualTo(basis.between(start, pause, calendar).plus(basis.between(resume, stop, calendar)));
    }

    @Property
    void dueIndexKeyTellsExactlyWhenSomethingIsDue(
            @ForAll("windows") SlaWindow window, @ForAll("instants") Instant start,
            @ForAll("gaps") Duration untilNow, @ForAll @Size(max = 4) List<AlertLevel> alreadySent) {
        SlaClock clock = SlaClock.start(ClockKind.FIRST_RESPONSE, window, start, calendar);
        for (AlertLevel level : alreadySent) {
            clock = clock.withAlertSent(level);
        }
        Instant now = start.plus(untilNow);
        boolean dueByKey = clock.nextAlertAt().map(key -> !key.isAfter(now)).orElse(false);
        assertThat(clock.levelsDue(now).isEmpty()).isEqualTo(!dueByKey);
    }

    @Property
    void sweepsAtAnyMomentsSendEachLevelOnceAndInOrder(
            @ForAll("windows") SlaWindow window, @ForAll("instants") Instant start,
            @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 0, max = 30 * 24 * 60) Integer> sweepMinutes) {
        SlaClock clock = SlaClock.start(ClockKind.RESOLUTION, window, start, calendar);
        var sent = new ArrayList<AlertLevel>();
        Instant lastSweep = start;
        for (int minutes : sweepMinutes.stream().sorted().toList()) {
            lastSweep = start.plusSeconds(60L * minutes);
            for (AlertLevel level : clock.levelsDue(lastSweep)) {
                sent.add(level);
                clock = clock.withAlertSent(level);
            }
        }
        Running running = (Running) clock.state();
        Instant end = lastSweep;
        List<AlertLevel> due = Arrays.stream(AlertLevel.values()).filter(level -> !running.dueAt(level).isAfter(end)).toList();
        assertThat(sent).containsExactlyElementsOf(due);
    }
}

package id.aduan.core.sla;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.core.kernel.Priority;
import id.aduan.core.kernel.Status;
import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ComplaintClocksPropertiesTest {

    private final SlaRules rules = new SlaRules(SlaPolicy.DEFAULT, CalendarArbitraries.STANDARD);

    @Provide
    Arbitrary<Instant> instants() {
        return CalendarArbitraries.instants();
    }

    /** Wall-clock gaps up to three weeks, so waits span weekends and holiday runs. */
    @Provide
    Arbitrary<Duration> gaps() {
        return Arbitraries.longs().between(0, 21L * 24 * 60).map(Duration::ofMinutes);
    }

    @Provide
    Arbitrary<String> categories() {
        return Arbitraries.of("", "Jalan rusak", "PJU mati");
    }

    @Property
    void verificationCountsNothingWhileWaitingForTheReporter(
            @ForAll Priority priority, @ForAll("instants") Instant received,
            @ForAll("gaps") Duration untilQuestion, @ForAll("gaps") Duration waitingForAnswer,
            @ForAll("gaps") Duration untilVerified) {
        Instant asked = received.plus(untilQuestion);
        Instant answered = asked.plus(waitingForAnswer);
        Instant verified = answered.plus(untilVerified);

        ComplaintClocks clocks = ComplaintClocks.onReceived(received, priority, "", rules)
                .onStatusChange(Status.NEW, Status.NEEDS_INFO, asked, rules)
                .onStatusChange(Status.NEEDS_INFO, Status.NEW, answered, rules)
                .onStatusChange(Status.NEW, Status.VERIFIED, verified, rules);

        WorkingCalendar calendar = rules.calendar();
        assertThat(clocks.clock(ClockKind.VERIFICATION).orElseThrow().used()).isEqualTo(
                calendar.workingTimeBetween(received, asked).plus(calendar.workingTimeBetween(answered, verified)));
    }

    @Property
    void dueIndexKeyTellsExactlyWhenASweepHasSomethingToSend(
            @ForAll Priority priority, @ForAll("categories") String category, @ForAll("instants") Instant received,
            @ForAll("gaps") Duration untilVerified, @ForAll("gaps") Duration untilForwarded,
            @ForAll Priority revisedPriority, @ForAll("gaps") Duration untilNow) {
        Instant verified = received.plus(untilVerified);
        Instant forwarded = verified.plus(untilForwarded);
        ComplaintClocks clocks = ComplaintClocks.onReceived(received, priority, category, rules)
                .onStatusChange(Status.NEW, Status.VERIFIED, verified, rules)
                .onPriorityChange(revisedPriority, verified, rules)
                .onStatusChange(Status.VERIFIED, Status.FORWARDED, forwarded, rules);
        Instant now = forwarded.plus(untilNow);

        boolean dueByKey = clocks.nextDueAt().map(key -> !key.isAfter(now)).orElse(false);
        assertThat(clocks.dueAlerts(now, rules).isEmpty()).isEqualTo(!dueByKey);
    }
}

package id.aduan.core.sla;

import static id.aduan.core.sla.SlaTarget.aroundTheClock;
import static id.aduan.core.sla.SlaTarget.workingDays;
import static id.aduan.core.sla.SlaTarget.workingHours;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.aduan.core.kernel.Priority;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class SlaPolicyTest {

    private final SlaPolicy policy = SlaPolicy.DEFAULT;
    private final WorkingCalendar calendar = CalendarArbitraries.STANDARD;

    @Test
    void firstResponseDefaultsFollowThePriority() {
        assertThat(policy.target(ClockKind.FIRST_RESPONSE, Priority.URGENT, "")).isEqualTo(aroundTheClock(Duration.ofHours(1)));
        assertThat(policy.target(ClockKind.FIRST_RESPONSE, Priority.HIGH, "")).isEqualTo(workingHours(4));
        assertThat(policy.target(ClockKind.FIRST_RESPONSE, Priority.NORMAL, "")).isEqualTo(workingHours(8));
        assertThat(policy.target(ClockKind.FIRST_RESPONSE, Priority.LOW, "")).isEqualTo(workingDays(2));
    }

    @ParameterizedTest
    @EnumSource(Priority.class)
    void laterStageDefaultsAreTheSameForEveryPriority(Priority priority) {
        assertThat(policy.target(ClockKind.VERIFICATION, priority, "")).isEqualTo(workingDays(3));
        assertThat(policy.target(ClockKind.FOLLOW_UP, priority, "")).isEqualTo(workingDays(5));
        assertThat(policy.target(ClockKind.RESOLUTION, priority, "Jalan rusak")).isEqualTo(aroundTheClock(Duration.ofDays(60)));
    }

    @ParameterizedTest
    @EnumSource(Priority.class)
    void deadStreetLightIsResolvedInThreeWorkingDaysWhateverThePriority(Priority priority) {
        assertThat(policy.target(ClockKind.RESOLUTION, priority, "PJU mati")).isEqualTo(workingDays(3));
        assertThat(policy.target(ClockKind.RESOLUTION, priority, "  pju MATI ")).isEqualTo(workingDays(3));
        assertThat(policy.target(ClockKind.VERIFICATION, priority, "PJU mati")).isEqualTo(workingDays(3));
    }

    @Test
    void twoWorkingDaysAreTwoFullOfficeDaysOfWorkingTime() {
        SlaWindow window = policy.window(ClockKind.FIRST_RESPONSE, Priority.LOW, "", calendar);
        assertThat(window.basis()).isEqualTo(TimeBasis.WORKING);
        assertThat(window.length()).isEqualTo(Duration.ofHours(16));
    }

    @Test
    void warningFallsDueAtThreeQuartersOfTheWindowByDefault() {
        SlaWindow window = policy.window(ClockKind.FIRST_RESPONSE, Priority.NORMAL, "", calendar);
        assertThat(window.warnAfter()).isEqualTo(Duration.ofHours(6));
        assertThat(policy.withWarnShare(0.5).window(ClockKind.FIRST_RESPONSE, Priority.URGENT, "", calendar).warnAfter())
                .isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void adminCanAddACategoryOverride() {
        SlaPolicy edited = policy.withCategoryTarget("Pohon tumbang", ClockKind.RESOLUTION, workingHours(8));
        assertThat(edited.target(ClockKind.RESOLUTION, Priority.URGENT, "pohon tumbang")).isEqualTo(workingHours(8));
        assertThat(edited.target(ClockKind.RESOLUTION, Priority.URGENT, "PJU mati")).isEqualTo(workingDays(3));
    }

    @Test
    void adminCanChangeAPriorityTarget() {
        SlaPolicy edited = policy.withTarget(ClockKind.VERIFICATION, Priority.URGENT, workingDays(1));
        assertThat(edited.target(ClockKind.VERIFICATION, Priority.URGENT, "")).isEqualTo(workingDays(1));
        assertThat(edited.target(ClockKind.VERIFICATION, Priority.HIGH, "")).isEqualTo(workingDays(3));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 1, -0.25, 1.5, Double.NaN})
    void warnShareOutsideTheWindowIsRefused(double share) {
        assertThatThrownBy(() -> policy.withWarnShare(share))
                .isInstanceOf(InvalidSlaPolicy.class)
                .hasMessageContaining("warn share");
    }

    @Test
    void everyProblemOfAnEditIsReportedAtOnce() {
        var incomplete = Map.of(ClockKind.FIRST_RESPONSE, Map.<Priority, SlaTarget>of(Priority.URGENT, workingHours(1)));
        assertThatThrownBy(() -> new SlaPolicy(incomplete, Map.of(" ", Map.of(ClockKind.RESOLUTION, workingDays(1))), 2))
                .isInstanceOfSatisfying(InvalidSlaPolicy.class, invalid -> assertThat(invalid.problems())
                        .hasSize(1 + 3 + 3 * 4 + 1)
                        .contains("no FIRST_RESPONSE target for LOW", "a category override needs a category name"));
    }

    @Test
    void categoryListedTwiceIsRefused() {
        var overrides = Map.<ClockKind, SlaTarget>of(ClockKind.RESOLUTION, workingDays(3));
        assertThatThrownBy(() -> new SlaPolicy(policy.targets(), Map.of("PJU mati", overrides, "pju mati ", overrides), 0.75))
                .hasMessageContaining("listed twice");
    }

    @Test
    void zeroOrNegativeTargetsAreRefused() {
        assertThatThrownBy(() -> aroundTheClock(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SlaTarget.Span(TimeBasis.WORKING, Duration.ofHours(-4)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> workingDays(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> aroundTheClock(Duration.ofDays(400))).isInstanceOf(IllegalArgumentException.class);
    }
}

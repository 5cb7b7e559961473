package id.aduan.slamonitor;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.adapters.dynamodb.Keys;
import id.aduan.core.kernel.Priority;
import id.aduan.core.kernel.Status;
import id.aduan.core.kernel.Tenant;
import id.aduan.core.workflow.Workflow;
import id.aduan.testkit.AlertInbox;
import id.aduan.testkit.AwsEmulatorExtension;
import id.aduan.testkit.Deployment;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Deadlines as stored, and the sweep raising each warning and breach at its minute, once. */
@ExtendWith(AwsEmulatorExtension.class)
class SlaSweepIT {

    /** The keys of the one government a stack without {@code TENANTS} serves. */
    private static final Keys.TenantKeys HOME_KEYS = Keys.of(new Tenant("32.73"));

    /** Friday 13 February 2026, 14:00 in Jakarta; Monday 16 is cuti bersama and Tuesday 17 Imlek. */
    private static final Instant FRIDAY_AFTERNOON = wib("2026-02-13T14:00");
    /** 8 working hours: 2 on Friday, 6 from Wednesday 08:00. */
    private static final Instant FIRST_RESPONSE_DEADLINE = wib("2026-02-18T14:00");
    private static final Instant FIRST_RESPONSE_WARNING = wib("2026-02-18T12:00");
    /** Another half window (4 working hours) after the deadline. */
    private static final Instant FIRST_RESPONSE_ESCALATION = wib("2026-02-19T10:00");
    /** 3 working days: 2 h on Friday, Wednesday, Thursday, 6 h on Friday 20. */
    private static final Instant VERIFICATION_DEADLINE = wib("2026-02-20T14:00");
    private static final Instant VERIFICATION_WARNING = wib("2026-02-19T16:00");

    @Test
    void complaintReceivedOnFridayAfternoonBeforeTheLongWeekendIsDueAfterIt(Deployment deployment) {
        var monitor = new SlaMonitor(deployment, FRIDAY_AFTERNOON);
        var complaint = monitor.complaints.received(FRIDAY_AFTERNOON, Priority.NORMAL);

        var item = monitor.item(HOME_KEYS.complaint(complaint.id()), "META");
        var clocks = item.get("clocks").m();
        var firstResponse = clocks.get("FIRST_RESPONSE").m();
        assertThat(firstResponse.get("warnAt").s()).isEqualTo(FIRST_RESPONSE_WARNING.toString());
        assertThat(firstResponse.get("deadline").s()).isEqualTo(FIRST_RESPONSE_DEADLINE.toString());
        assertThat(firstResponse.get("escalateAt").s()).isEqualTo(FIRST_RESPONSE_ESCALATION.toString());
        var verification = clocks.get("VERIFICATION").m();
        assertThat(verification.get("warnAt").s()).isEqualTo(VERIFICATION_WARNING.toString());
        assertThat(verification.get("deadline").s()).isEqualTo(VERIFICATION_DEADLINE.toString());
        assertThat(item.get("DUEPK").s()).isEqualTo(HOME_KEYS.slaPartition(complaint.id()));
        assertThat(item.get("DUESK").s()).isEqualTo("2026-02-18T05:00:00.000Z#" + complaint.id().value());
    }

    @Test
    void warningAndBreachesFireAtTheirMinuteNotBeforeAndOnlyOnce(Deployment deployment) {
        var monitor = new SlaMonitor(deployment, FRIDAY_AFTERNOON);
        var inbox = new AlertInbox(deployment);
        var complaint = monitor.complaints.received(FRIDAY_AFTERNOON, Priority.NORMAL);

        monitor.sweepAt(wib("2026-02-16T10:00"));
        monitor.sweepAt(FIRST_RESPONSE_WARNING.minusSeconds(1));
        assertThat(inbox.take()).isEmpty();

        var report = monitor.sweepAt(FIRST_RESPONSE_WARNING);
        var warning = inbox.take();
        assertThat(report.path("alertsRaised").asInt()).isEqualTo(1);
        assertThat(warning).singleElement().satisfies(alert -> {
            assertThat(alert.attribute("kind")).isEqualTo("SLA_WARNING");
            assertThat(alert.attribute("level")).isEqualTo("WARNING");
            assertThat(alert.attribute("clock")).isEqualTo("FIRST_RESPONSE");
            assertThat(alert.attribute("trackingCode")).isEqualTo(complaint.trackingCode().value());
            assertThat(alert.attribute("unit")).isEqualTo("TRIASE");
            assertThat(alert.attribute("audience")).isEqualTo("UNIT");
            assertThat(alert.subject()).contains(complaint.trackingCode().value(), "Tanggapan pertama");
            assertThat(alert.text()).contains("sisa 2 jam kerja", "Prioritas: NORMAL",
                    "tenggat Rabu, 18 Februari 2026 14.00 WIB",
                    "/aduan/" + complaint.trackingCode().value());
            assertNoPersonalData(alert);
        });
        assertThat(monitor.item(HOME_KEYS.complaint(complaint.id()), "META").get("DUESK").s())
                .startsWith("2026-02-18T07:00:00.000Z#");

        monitor.sweepAt(FIRST_RESPONSE_WARNING.plusSeconds(30));
        monitor.sweepAt(FIRST_RESPONSE_DEADLINE.minusSeconds(1));
        assertThat(inbox.take()).isEmpty();

        monitor.sweepAt(FIRST_RESPONSE_DEADLINE);
        var breach = inbox.take();
        assertThat(breach).as("one alert at the highest level reached, levels 1 and 2 together")
                .singleElement().satisfies(alert -> {
                    assertThat(alert.attribute("level")).isEqualTo("BREACH_SUPERVISOR");
                    assertThat(alert.attribute("audience")).isEqualTo("SUPERVISOR");
                });
        assertThat(breach).allSatisfy(alert -> {
            assertThat(alert.attribute("kind")).isEqualTo("SLA_BREACH");
            assertThat(alert.text()).contains("terlambat kurang dari 1 menit");
            assertNoPersonalData(alert);
        });

        monitor.sweepAt(FIRST_RESPONSE_ESCALATION.minusSeconds(1));
        assertThat(inbox.take()).isEmpty();
        monitor.sweepAt(FIRST_RESPONSE_ESCALATION);
        assertThat(inbox.take()).singleElement().satisfies(alert -> {
            assertThat(alert.attribute("level")).isEqualTo("BREACH_COMMUNICATIONS");
            assertThat(alert.attribute("audience")).isEqualTo("COMMUNICATIONS");
            assertThat(alert.text()).contains("terlambat 4 jam kerja");
        });

        monitor.sweepAt(VERIFICATION_WARNING);
        assertThat(inbox.take()).extracting(alert -> alert.attribute("clock") + "/" + alert.attribute("level"))
                .containsExactly("VERIFICATION/WARNING");
        var timeline = monitor.items(HOME_KEYS.complaint(complaint.id())).stream()
                .filter(item -> item.get("SK").s().startsWith("E#") && item.get("type").s().startsWith("SLA_"))
                .map(item -> item.get("type").s()).toList();
        assertThat(timeline).containsExactlyInAnyOrder("SLA_WARNING", "SLA_BREACH", "SLA_BREACH", "SLA_WARNING");
    }

    @Test
    void stoppedClocksRaiseNothingAndLeaveTheSlaPartitionsOfTheDueIndex(Deployment deployment) {
        var monitor = new SlaMonitor(deployment, FRIDAY_AFTERNOON);
        var inbox = new AlertInbox(deployment);
        var answered = monitor.complaints.received(FRIDAY_AFTERNOON, Priority.NORMAL);
        monitor.complaints.answered(answered, wib("2026-02-18T09:00"));
        var rejected = monitor.complaints.received(FRIDAY_AFTERNOON, Priority.NORMAL);
        monitor.complaints.closed(rejected, Status.REJECTED, wib("2026-02-18T09:00"));

        monitor.sweepAt(wib("2026-02-18T13:00"));

        assertThat(inbox.take()).isEmpty();
        assertThat(monitor.item(HOME_KEYS.complaint(rejected.id()), "META").get("DUEPK").s())
                .as("waits for the retention job, not the sweep").isEqualTo("32.73#ERASE");
        assertThat(monitor.item(HOME_KEYS.complaint(answered.id()), "META").get("DUESK").s())
                .startsWith(VERIFICATION_WARNING.toString().replace("Z", ".000Z"));
    }

    @Test
    void aResolvedComplaintClosesByItselfAtTheEndOfItsObjectionWindowOnce(Deployment deployment) {
        var monitor = new SlaMonitor(deployment, FRIDAY_AFTERNOON);
        var inbox = new AlertInbox(deployment);
        var complaint = monitor.complaints.received(FRIDAY_AFTERNOON, Priority.NORMAL);
        monitor.complaints.answered(complaint, wib("2026-02-13T15:00"));
        monitor.complaints.forwarded(complaint, "BINA_MARGA_SDA", "Jalan rusak", wib("2026-02-13T15:30"));
        var resolvedAt = wib("2026-02-20T10:00");
        monitor.complaints.resolved(complaint, resolvedAt);
        var windowEnds = resolvedAt.plus(Workflow.DEFAULT_OBJECTION_WINDOW);
        var key = HOME_KEYS.complaint(complaint.id());

        assertThat(monitor.item(key, "META").get("DUESK").s())
                .isEqualTo(windowEnds.toString().replace("Z", ".000Z") + "#" + complaint.id().value());
        assertThat(monitor.sweepAt(windowEnds.minusSeconds(1)).path("closed").asInt()).isZero();
        assertThat(monitor.item(key, "META").get("status").s()).isEqualTo("RESOLVED");

        var report = monitor.sweepAt(windowEnds);

        assertThat(report.path("closed").asInt()).isEqualTo(1);
        var closed = monitor.item(key, "META");
        assertThat(closed.get("status").s()).isEqualTo("CLOSED");
        assertThat(closed.get("DUEPK").s()).as("left to the retention job from its closing on").isEqualTo("32.73#ERASE");
        assertThat(closed.get("DUESK").s()).startsWith(closed.get("objectionEndsAt").s());
        assertThat(monitor.items(key).stream()
                .filter(item -> item.get("SK").s().startsWith("E#") && item.get("type").s().equals("STATUS_CHANGED"))
                .filter(item -> item.containsKey("reason"))
                .map(item -> item.get("reason").s()))
                .containsOnlyOnce(Workflow.OBJECTION_WINDOW_PASSED);
        assertThat(monitor.sweepAt(windowEnds.plusSeconds(60)).path("closed").asInt()).isZero();
        assertThat(inbox.take()).isEmpty();
    }

    @Test
    void eachSweepReportsHowLongTheOldestDueItemWaitedForIt(Deployment deployment) {
        var monitor = new SlaMonitor(deployment, FRIDAY_AFTERNOON);
        monitor.complaints.received(FRIDAY_AFTERNOON, Priority.NORMAL);

        var nothingDue = monitor.sweepAt(FIRST_RESPONSE_WARNING.minusSeconds(1));
        var tenMinutesLate = monitor.sweepAt(FIRST_RESPONSE_WARNING.plusSeconds(600));
        var caughtUp = monitor.sweepAt(FIRST_RESPONSE_WARNING.plusSeconds(660));

        assertThat(nothingDue.path("lagSeconds").asLong()).isZero();
        assertThat(tenMinutesLate.path("lagSeconds").asLong()).isEqualTo(600);
        assertThat(caughtUp.path("lagSeconds").asLong()).isZero();
    }

    @Test
    void aSweepWithNothingDueReadsEachDueShardAndEachOutboxOnce(Deployment deployment) {
        var monitor = new SlaMonitor(deployment, FRIDAY_AFTERNOON);
        monitor.complaints.received(FRIDAY_AFTERNOON, Priority.NORMAL);
        monitor.sweepAt(FIRST_RESPONSE_WARNING.minusSeconds(1));
        var before = monitor.wiring.runtime.requests().byOperation();

        monitor.sweepAt(FIRST_RESPONSE_WARNING.minusSeconds(1));

        var made = new HashMap<>(monitor.wiring.runtime.requests().byOperation());
        before.forEach((operation, count) -> made.merge(operation, -count, Long::sum));
        made.values().removeIf(count -> count == 0);
        assertThat(made).as("the lag comes from the same reads as the due complaints")
                .isEqualTo(Map.of("DynamoDb.Query", (long) Keys.SLA_SHARDS + 2));
    }

    static void assertNoPersonalData(AlertInbox.Delivered alert) {
        assertThat(alert.text() + alert.subject() + alert.attributes())
                .doesNotContain(Complaints.USERNAME, Complaints.TEXT, "17841400000");
    }

    static Instant wib(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ZoneId.of("Asia/Jakarta")).toInstant();
    }
}

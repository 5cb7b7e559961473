package id.aduan.slamonitor;

import static id.aduan.slamonitor.SlaSweepIT.wib;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import id.aduan.core.alert.OutboxPublisher;
import id.aduan.core.kernel.Priority;
import id.aduan.slamonitor.Faults.Point;
import id.aduan.testkit.AlertInbox;
import id.aduan.testkit.AwsEmulatorExtension;
import id.aduan.testkit.Deployment;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Exactly once under overlap and crashes: two sweeps at the same instant, and an invocation dying (or a
 * publish failing) at each step between deciding an alert and recording it as published.
 */
@ExtendWith(AwsEmulatorExtension.class)
class SlaSweepFaultsIT {

    /** Wednesday 09:00 in Jakarta; an URGENT first response is warned at 45 minutes, around the clock. */
    private static final Instant RECEIVED = wib("2026-02-18T09:00");
    private static final Instant WARNING = RECEIVED.plus(Duration.ofMinutes(45));
    private static final Instant BREACH = RECEIVED.plus(Duration.ofHours(1));

    @Test
    void twoSweepsAtTheSameInstantSendEachAlertOnce(Deployment deployment) throws Exception {
        var first = new SlaMonitor(deployment, RECEIVED);
        var second = new SlaMonitor(deployment, RECEIVED);
        var inbox = new AlertInbox(deployment);
        IntStream.range(0, 12).forEach(i -> first.complaints.received(RECEIVED, Priority.URGENT));

        int lostRaces = 0;
        for (Instant at : List.of(WARNING, BREACH)) {
            var writes = new Object();
            var bothRead = new CyclicBarrier(2);
            first.faults.race(bothRead, writes);
            second.faults.race(bothRead, writes);
            var start = new CountDownLatch(1);
            var sweeps = new ArrayList<Future<JsonNode>>();
            try (var threads = Executors.newFixedThreadPool(2)) {
                for (SlaMonitor monitor : List.of(first, second)) {
                    sweeps.add(threads.submit(() -> {
                        start.await();
                        return monitor.sweepAt(at);
                    }));
                }
                start.countDown();
            }
            int raised = 0;
            for (Future<JsonNode> sweep : sweeps) {
                assertThat(sweep.get().path("problems").asInt()).isZero();
                raised += sweep.get().path("alertsRaised").asInt();
                lostRaces += sweep.get().path("lostRaces").asInt();
            }
            assertThat(raised).as("one alert per complaint raised at " + at).isEqualTo(12);
        }
        // The next hour: the level-3 escalations, and what waited for the hour's message goes out.
        assertThat(first.sweepAt(BREACH.plus(Duration.ofHours(1))).path("alertsRaised").asInt()).isEqualTo(12);

        assertThat(lostRaces).as("both sweeps held the same complaint at once").isPositive();
        var delivered = inbox.take();
        // At most one message per audience and hour: the unit's warnings in 02, 03 and 04 UTC (what lost
        // an hour's claim to the other sweep waits for the next), the supervisors' in 03 and 04, the
        // communications office's in 04.
        assertThat(delivered).as("at most one message per audience and hour (02, 03, 04 UTC), for 36 alerts")
                .hasSizeLessThanOrEqualTo(6);
        assertThat(delivered).extracting(alert -> alert.attribute("alertId")).doesNotHaveDuplicates();
        assertThat(first.items("32.73#ALERTS#")).hasSize(36).allSatisfy(item -> assertThat(item).doesNotContainKey("DUEPK"));
    }

    @Test
    void crashBeforeTheTransactionLeavesTheComplaintDueForTheNextSweep(Deployment deployment) {
        var monitor = new SlaMonitor(deployment, RECEIVED);
        var inbox = new AlertInbox(deployment);
        monitor.complaints.received(RECEIVED, Priority.URGENT);
        monitor.faults.strike(Point.BEFORE_RECORDING, 1);

        assertThatThrownBy(() -> monitor.sweepAt(WARNING)).isInstanceOf(Faults.Crash.class);
        assertThat(inbox.take()).isEmpty();
        assertThat(monitor.items("32.73#ALERTS#")).isEmpty();

        monitor.sweepAt(WARNING.plusSeconds(60));
        assertThat(inbox.take()).singleElement()
                .satisfies(alert -> assertThat(alert.attribute("level")).isEqualTo("WARNING"));
    }

    @Test
    void crashAfterTheTransactionIsPublishedOnceWhenItsLeaseRunsOut(Deployment deployment) {
        var monitor = new SlaMonitor(deployment, RECEIVED);
        var inbox = new AlertInbox(deployment);
        monitor.complaints.received(RECEIVED, Priority.URGENT);
        monitor.faults.strike(Point.AFTER_RECORDING, 1);

        assertThatThrownBy(() -> monitor.sweepAt(WARNING)).isInstanceOf(Faults.Crash.class);
        monitor.sweepAt(WARNING.plusSeconds(60));
        assertThat(inbox.take()).as("the lease of the crashed sweep still runs").isEmpty();

        var report = monitor.sweepAt(WARNING.plusSeconds(120));
        assertThat(report.path("published").asInt()).isEqualTo(1);
        monitor.sweepAt(WARNING.plusSeconds(180));
        assertThat(inbox.take()).singleElement()
                .satisfies(alert -> assertThat(alert.attribute("level")).isEqualTo("WARNING"));
        assertThat(monitor.items("32.73#ALERTS#")).singleElement().satisfies(item -> {
            assertThat(item).doesNotContainKey("DUEPK");
            assertThat(item.get("attempts").n()).isEqualTo("2");
        });
    }

    @Test
    void crashWhilePublishingIsPublishedOnceWhenItsLeaseRunsOut(Deployment deployment) {
        var monitor = new SlaMonitor(deployment, RECEIVED);
        var inbox = new AlertInbox(deployment);
        monitor.complaints.received(RECEIVED, Priority.URGENT);
        monitor.faults.strike(Point.PUBLISH_CRASHES, 1);

        assertThatThrownBy(() -> monitor.sweepAt(WARNING)).isInstanceOf(Faults.Crash.class);
        monitor.sweepAt(WARNING.plus(OutboxPublisher.LEASE));

        assertThat(inbox.take()).hasSize(1);
    }

    @Test
    void failedPublishIsRetriedByTheNextSweepNotLost(Deployment deployment) {
        var monitor = new SlaMonitor(deployment, RECEIVED);
        var inbox = new AlertInbox(deployment);
        monitor.complaints.received(RECEIVED, Priority.URGENT);
        monitor.faults.strike(Point.PUBLISH_FAILS, 2);

        var failed = monitor.sweepAt(WARNING);
        assertThat(failed.path("failed").asInt()).isEqualTo(1);
        assertThat(monitor.sweepAt(WARNING.plusSeconds(60)).path("failed").asInt()).isEqualTo(1);
        assertThat(inbox.take()).isEmpty();

        assertThat(monitor.sweepAt(WARNING.plusSeconds(119)).path("published").asInt())
                .as("the second failure backs off two minutes").isZero();
        assertThat(monitor.sweepAt(WARNING.plusSeconds(180)).path("published").asInt()).isEqualTo(1);
        assertThat(inbox.take()).singleElement()
                .satisfies(alert -> assertThat(alert.attribute("clock")).isEqualTo("FIRST_RESPONSE"));
    }

    /**
     * The one window no write can close: SNS took the alert, then the invocation died before the outbox
     * recorded it. It goes out again after the lease, with the same alert id, so a subscriber can tell.
     */
    @Test
    void crashBetweenPublishingAndRecordingItSendsItAgainWithTheSameId(Deployment deployment) {
        var monitor = new SlaMonitor(deployment, RECEIVED);
        var inbox = new AlertInbox(deployment);
        monitor.complaints.received(RECEIVED, Priority.URGENT);
        monitor.faults.strike(Point.AFTER_PUBLISH, 1);

        assertThatThrownBy(() -> monitor.sweepAt(WARNING)).isInstanceOf(Faults.Crash.class);
        monitor.sweepAt(WARNING.plus(OutboxPublisher.LEASE));
        monitor.sweepAt(WARNING.plus(OutboxPublisher.LEASE).plusSeconds(60));

        var delivered = inbox.take();
        assertThat(delivered).hasSize(2);
        assertThat(delivered).extracting(alert -> alert.attribute("alertId")).containsOnly(
                delivered.getFirst().attribute("alertId"));
    }
}

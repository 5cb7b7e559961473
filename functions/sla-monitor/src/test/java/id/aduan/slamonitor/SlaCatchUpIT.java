package id.aduan.slamonitor;

import static id.aduan.slamonitor.SlaSweepIT.wib;
import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.core.complaint.Complaint;
import id.aduan.core.kernel.Deadline;
import id.aduan.core.kernel.Priority;
import id.aduan.testkit.AlertInbox;
import id.aduan.testkit.AwsEmulatorExtension;
import id.aduan.testkit.Deployment;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** After downtime the sweep handles what fell due, the longest due first, and the next one the rest. */
@ExtendWith(AwsEmulatorExtension.class)
class SlaCatchUpIT {

    private static final Instant FIRST = wib("2026-02-18T09:00");

    @Test
    void sweepAfterHoursOfDowntimeHandlesTheLongestDueFirstAndLeavesTheRestForTheNextMinute(Deployment deployment) {
        var monitor = new SlaMonitor(deployment, FIRST);
        var inbox = new AlertInbox(deployment);
        // Received ten minutes apart, written in shuffled order: the order must come from the due index.
        var order = new ArrayList<>(List.of(7, 2, 9, 0, 5, 3, 8, 1, 6, 4));
        var complaints = new ArrayList<Complaint>();
        order.forEach(i -> complaints.add(monitor.complaints.received(FIRST.plus(Duration.ofMinutes(10L * i)),
                Priority.URGENT)));
        complaints.sort(Comparator.comparing(Complaint::receivedAt));
        var expected = complaints.stream().map(Complaint::id).toList();

        monitor.clock.set(FIRST.plus(Duration.ofHours(4)));
        var first = monitor.sweep().sweep(timeForComplaints(4));

        assertThat(first.finished()).isFalse();
        assertThat(first.complaints()).isEqualTo(4);
        assertThat(List.copyOf(monitor.faults.recorded)).containsExactlyElementsOf(expected.subList(0, 4));

        monitor.clock.advance(Duration.ofMinutes(1));
        var next = monitor.sweep().sweep(Deadline.none());

        assertThat(next.finished()).isTrue();
        assertThat(List.copyOf(monitor.faults.recorded)).containsExactlyElementsOf(expected);
        assertThat(next.held()).as("the unit and audience had its message this hour").isEqualTo(6);
        assertThat(inbox.take()).as("the highest level only, for the communications office, in one message")
                .singleElement().satisfies(alert -> {
                    assertThat(alert.attribute("level")).isEqualTo("BREACH_COMMUNICATIONS");
                    assertThat(alert.attribute("audience")).isEqualTo("COMMUNICATIONS");
                    assertThat(alert.text()).startsWith("4 peringatan dan pelanggaran SLA");
                });
        assertThat(monitor.sweepAt(FIRST.plus(Duration.ofHours(4)).plusSeconds(120)).path("complaints").asInt())
                .isZero();
        monitor.sweepAt(FIRST.plus(Duration.ofHours(5)));
        assertThat(inbox.take()).as("the next hour brings the rest together").singleElement()
                .satisfies(alert -> assertThat(alert.text()).startsWith("6 peringatan dan pelanggaran SLA"));
        assertThat(monitor.items("32.73#ALERTS#")).hasSize(10)
                .allSatisfy(item -> assertThat(item).doesNotContainKey("DUEPK"));
    }

    /** An invocation with time for {@code count} complaints before its margin is reached. */
    private static Deadline timeForComplaints(int count) {
        var checks = new AtomicInteger();
        return () -> checks.getAndIncrement() < count ? Duration.ofMinutes(1) : Duration.ZERO;
    }
}

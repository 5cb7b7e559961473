package id.aduan.core.alert;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.complaint.TimelineEvent;
import id.aduan.core.ingest.Ingestion;
import id.aduan.core.kernel.Deadline;
import id.aduan.core.kernel.Priority;
import id.aduan.core.kernel.Status;
import id.aduan.core.sla.SlaPolicy;
import id.aduan.core.sla.SlaRules;
import id.aduan.core.sla.WorkingCalendar;
import id.aduan.core.testing.InMemoryTable;
import id.aduan.core.testing.Ingestions;
import id.aduan.core.unit.UnitCatalog;
import id.aduan.core.workflow.Workflow;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The SLA sweep on the in-memory table, over complaints ingestion opened there. */
class SlaSweepTest {

    private static final SlaRules RULES = new SlaRules(SlaPolicy.DEFAULT, WorkingCalendar.standard());
    private static final Instant RECEIVED = Instant.parse("2026-08-04T02:00:00Z");
    private static final Instant LATER = RECEIVED.plus(Duration.ofDays(9));

    private final InMemoryTable table = new InMemoryTable();
    private final Ingestion ingestion = Ingestions.of(table.ingestion(), RULES, Clock.fixed(RECEIVED, ZoneOffset.UTC));

    @Test
    void anOverdueComplaintRaisesItsAlertOnceHoweverOftenTheSweepRuns() {
        var id = received("m-1");

        var first = sweep(table).sweep(Deadline.none());
        var second = sweep(table).sweep(Deadline.none());

        assertThat(first.complaints()).isEqualTo(1);
        assertThat(first.raised()).singleElement().satisfies(alert -> {
            assertThat(alert.kind()).isEqualTo(Alert.Kind.SLA_BREACH);
            assertThat(alert.attributes()).containsEntry("trackingCode", stored(id).trackingCode().value());
        });
        assertThat(table.alerts.recorded).hasSize(1);
        assertThat(table.timeline(id)).extracting(TimelineEvent::type).contains(TimelineEvent.Type.SLA_BREACH);
        assertThat(second.raised()).isEmpty();
        assertThat(second.complaints()).as("nothing is due until the next level").isZero();
    }

    @Test
    void theSweepsOfSeveralTenantsAddUpAndFinishOnlyWhenEachDid() {
        var bandung = new SlaSweep.Report(3, List.of(), 1, List.of(new OutboxPublisher.Outcome("a-1", true, false, null)),
                0, Map.of(), true, Duration.ofSeconds(40));
        var garut = new SlaSweep.Report(2, List.of(), 0, List.of(new OutboxPublisher.Outcome("a-2", false, false,
                "SnsException")), 1, Map.of(), false, Duration.ofMinutes(3));
        var operations = SlaSweep.Report.publishing(List.of(new OutboxPublisher.Outcome("o-1", true, false, null)));

        var together = SlaSweep.Report.together(List.of(bandung, garut, operations));

        assertThat(together.complaints()).isEqualTo(5);
        assertThat(together.closed()).isEqualTo(1);
        assertThat(together.published()).isEqualTo(2);
        assertThat(together.failed()).isEqualTo(1);
        assertThat(together.lostRaces()).isEqualTo(1);
        assertThat(together.finished()).isFalse();
        assertThat(together.lag()).as("the longest behind").isEqualTo(Duration.ofMinutes(3));
        assertThat(SlaSweep.Report.together(List.of(bandung))).isEqualTo(bandung);
    }

    @Test
    void aResolvedComplaintClosesWhenItsObjectionWindowHasEnded() {
        var id = received("m-1");
        var before = stored(id);
        table.record(before, before.toBuilder().status(Status.RESOLVED).resolvedAt(RECEIVED.plus(Duration.ofDays(1)))
                .objectionEndsAt(RECEIVED.plus(Duration.ofDays(2))).clocks(null).build(), List.of(), List.of());

        var report = sweep(table).sweep(Deadline.none());

        assertThat(report.closed()).isEqualTo(1);
        assertThat(report.raised()).isEmpty();
        assertThat(stored(id).status()).isEqualTo(Status.CLOSED);
    }

    @Test
    void aComplaintThatCannotBeHandledIsReportedWithItsErrorAndTheOthersStillAlert() {
        var broken = received("m-1");
        var fine = received("m-2", "7002");
        var failing = new Delegating(table) {
            @Override
            public Optional<Complaint> find(ComplaintId id) {
                if (id.equals(broken)) {
                    throw new IllegalStateException("complaint item unreadable",
                            new IllegalArgumentException("no enum constant Status.LOST"));
                }
                return super.find(id);
            }
        };

        var report = sweep(failing).sweep(Deadline.none());

        assertThat(report.problems()).containsOnlyKeys(broken);
        assertThat(report.problems().get(broken)).isEqualTo("IllegalStateException: complaint item unreadable"
                + " (caused by IllegalArgumentException: no enum constant Status.LOST)");
        assertThat(report.raised()).singleElement().satisfies(alert -> assertThat(alert.attributes())
                .containsEntry("trackingCode", stored(fine).trackingCode().value()));
    }

    @Test
    void aStaffChangeBetweenTheSweepsReadAndWriteIsReadAgainAndTheAlertRaisedOnce() {
        var id = received("m-1");
        var racing = new Delegating(table) {
            private boolean raced;

            @Override
            public RecordResult record(Complaint before, Complaint after, List<TimelineEvent> events,
                                       List<RecordedAlert> alerts) {
                if (!raced) {
                    raced = true;
                    table.record(before, before.toBuilder().priority(Priority.HIGH).build(), List.of(), List.of());
                }
                return super.record(before, after, events, alerts);
            }
        };

        var report = sweep(racing).sweep(Deadline.none());

        assertThat(report.lostRaces()).isEqualTo(1);
        assertThat(report.raised()).hasSize(1);
        assertThat(stored(id).priority()).isEqualTo(Priority.HIGH);
    }

    private ComplaintId received(String messageId) {
        return received(messageId, "6123");
    }

    /** A direct message judged a complaint, taken in at {@link #RECEIVED}: its SLA clocks run from then. */
    private ComplaintId received(String messageId, String sender) {
        return Ingestions.complaintByDirectMessage(ingestion, messageId, sender, RECEIVED);
    }

    private Complaint stored(ComplaintId id) {
        return table.findComplaint(id).orElseThrow();
    }

    private SlaSweep sweep(SlaStore store) {
        var clock = Clock.fixed(LATER, ZoneOffset.UTC);
        return new SlaSweep(store, new OutboxPublisher(table.alerts, table.alerts.published::add, clock),
                new SlaAlerts(new AlertWriting(() -> UnitCatalog.DEFAULT, URI.create("https://console.example.go.id/"))),
                new Workflow(Workflow.DEFAULT_OBJECTION_WINDOW), () -> RULES, new UnscopedWork(), clock);
    }

    /** Runs the work as it is; nothing here logs. */
    private static final class UnscopedWork implements ComplaintScope {
        @Override
        public <T> T about(ComplaintId id, Supplier<T> work) {
            return work.get();
        }

        @Override
        public Optional<String> correlationId() {
            return Optional.empty();
        }
    }

    /** The table as the sweep sees it, for a test to step in at one point. */
    private static class Delegating implements SlaStore {
        private final SlaStore delegate;

        Delegating(SlaStore delegate) {
            this.delegate = delegate;
        }

        @Override
        public DueComplaints dueBy(Instant now) {
            return delegate.dueBy(now);
        }

        @Override
        public Optional<Complaint> find(ComplaintId id) {
            return delegate.find(id);
        }

        @Override
        public RecordResult record(Complaint before, Complaint after, List<TimelineEvent> events,
                                   List<RecordedAlert> alerts) {
            return delegate.record(before, after, events, alerts);
        }
    }
}

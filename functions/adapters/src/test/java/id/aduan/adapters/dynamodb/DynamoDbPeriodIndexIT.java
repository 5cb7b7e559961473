package id.aduan.adapters.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.core.complaint.Actor;
import id.aduan.core.complaint.Channel;
import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.complaint.ReplyTarget;
import id.aduan.core.complaint.Reporter;
import id.aduan.core.complaint.ReporterMessage;
import id.aduan.core.complaint.TimelineEvent;
import id.aduan.core.complaint.TrackingCode;
import id.aduan.core.complaint.TriageState;
import id.aduan.core.ingest.NewComplaint;
import id.aduan.core.kernel.Priority;
import id.aduan.core.kernel.Status;
import id.aduan.core.report.Move;
import id.aduan.core.report.ReportWindow;
import id.aduan.core.workflow.ComplaintChange;
import id.aduan.testkit.AwsEmulatorExtension;
import id.aduan.testkit.Deployment;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The month index: complaints by the Jakarta month they arrived in, reopenings and re-routes by theirs. */
@ExtendWith(AwsEmulatorExtension.class)
class DynamoDbPeriodIndexIT {

    private ComplaintTable table;
    private final Random random = new Random(7);

    @BeforeEach
    void setUp(Deployment deployment) {
        table = EmulatorTables.ofTenant(deployment, "StaffApiFunction");
    }

    @Test
    void aComplaintCountsInTheJakartaMonthItArrivedInAcrossUtcMidnight() {
        // 31 Oct 17:30 UTC is 1 Nov 00:30 in Jakarta.
        var november = seed("2026-10-31T17:30:00Z");
        var october = seed("2026-10-31T16:59:00Z");
        seed("2026-12-01T00:00:00Z");
        var index = new DynamoDbPeriodIndex(table);

        var inNovember = index.receivedIn(ReportWindow.months(YearMonth.of(2026, 11), YearMonth.of(2026, 11)));
        var inOctober = index.receivedIn(ReportWindow.months(YearMonth.of(2026, 10), YearMonth.of(2026, 10)));

        assertThat(inNovember).extracting(Complaint::id).containsExactly(november.id());
        assertThat(inOctober).extracting(Complaint::id).containsExactly(october.id());
    }

    @Test
    void aWindowCutsItsMonthsToTheInstant() {
        var early = seed("2026-11-02T03:00:00Z");
        seed("2026-11-20T03:00:00Z");
        var index = new DynamoDbPeriodIndex(table);

        var firstWeek = index.receivedIn(new ReportWindow(Instant.parse("2026-11-01T00:00:00Z"),
                Instant.parse("2026-11-08T00:00:00Z")));

        assertThat(firstWeek).extracting(Complaint::id).containsExactly(early.id());
    }

    @Test
    void reopeningsAndRerouteAreIndexedByWhenTheyHappenedWithTheUnitAfter() {
        var complaint = seed("2026-09-10T03:00:00Z").toBuilder().unit("BINA_MARGA_SDA").status(Status.RESOLVED)
                .category("Jalan rusak").build();
        var at = Instant.parse("2026-11-03T04:00:00Z");
        var reopened = complaint.toBuilder().status(Status.IN_PROGRESS).unit("PERHUBUNGAN").version(2).build();
        var staff = Actor.staff("s1", "Nia");
        new DynamoDbComplaintStore(table).apply(ComplaintChange.of(complaint, reopened, List.of(
                TimelineEvent.statusChanged("v2/status", at, staff, Status.RESOLVED, Status.IN_PROGRESS, "belum", Map.of()),
                TimelineEvent.routed("v2/routed", at, staff, "BINA_MARGA_SDA", "PERHUBUNGAN", "salah unit"),
                TimelineEvent.noteAdded("v2/note", at, staff, "catatan"))));
        var index = new DynamoDbPeriodIndex(table);

        var moves = index.movesIn(ReportWindow.months(YearMonth.of(2026, 11), YearMonth.of(2026, 11)));

        assertThat(moves).containsExactlyInAnyOrder(
                new Move(Move.Kind.REOPENED, complaint.id(), at, "PERHUBUNGAN", "Jalan rusak", null),
                new Move(Move.Kind.REROUTED, complaint.id(), at, "PERHUBUNGAN", "Jalan rusak", "BINA_MARGA_SDA"));
        assertThat(index.movesIn(ReportWindow.months(YearMonth.of(2026, 9), YearMonth.of(2026, 10)))).isEmpty();
    }

    private Complaint seed(String receivedAt) {
        var at = Instant.parse(receivedAt);
        var id = "m" + at.toEpochMilli();
        var opening = ReporterMessage.received(id, Channel.COMMENT, "jalan rusak", List.of(), at);
        var complaint = Complaint.open(ComplaintId.generate(at, random), TrackingCode.random(random), "1",
                new Reporter("6123", "warga"), opening, new ReplyTarget(ReplyTarget.Kind.COMMENT, id), false,
                TriageState.PENDING, Priority.NORMAL, null);
        new DynamoDbIngestionStore(table, Clock.systemUTC()).open(new NewComplaint(complaint, opening,
                List.of(TimelineEvent.received(opening)), id, null, null, null, null));
        return complaint;
    }
}

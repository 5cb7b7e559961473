package id.aduan.core.digest;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.core.alert.Alert;
import id.aduan.core.alert.AlertAttributes;
import id.aduan.core.alert.AlertWriting;
import id.aduan.core.alert.OutboxPublisher;
import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.ingest.Ingestion;
import id.aduan.core.kernel.Status;
import id.aduan.core.kernel.Tenant;
import id.aduan.core.sla.SlaPolicy;
import id.aduan.core.sla.SlaRules;
import id.aduan.core.sla.WorkingCalendar;
import id.aduan.core.testing.InMemoryTable;
import id.aduan.core.testing.Ingestions;
import id.aduan.core.unit.UnitCatalog;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The morning digest over the in-memory table: one per unit with work and one for the city, once a day. */
class DailyDigestTest {

    private static final SlaRules RULES = new SlaRules(SlaPolicy.DEFAULT, WorkingCalendar.standard());
    private static final Instant RECEIVED = Instant.parse("2026-08-04T02:00:00Z");
    /** 07:00 in Jakarta the next morning. */
    private static final Instant MORNING = Instant.parse("2026-08-05T00:00:00Z");

    private final InMemoryTable table = new InMemoryTable();
    private final Clock clock = Clock.fixed(MORNING, ZoneOffset.UTC);
    private final Ingestion ingestion = Ingestions.of(table.ingestion(), RULES, Clock.fixed(RECEIVED, ZoneOffset.UTC));

    @Test
    void eachUnitWithWorkAndTheCityGetOneDigestAndARerunSendsNothingAgain() {
        received("m-1", "6123");
        var forwarded = received("m-2", "6124");
        var before = table.findComplaint(forwarded).orElseThrow();
        table.record(before, before.toBuilder().status(Status.FORWARDED).unit("BINA_MARGA_SDA").build(), List.of(),
                List.of());

        var first = digest().send();
        var rerun = digest().send();

        assertThat(first.units()).isEqualTo(2);
        assertThat(table.alerts.published).hasSize(3).allSatisfy(alert ->
                assertThat(alert.kind()).isEqualTo(Alert.Kind.DIGEST));
        assertThat(table.alerts.published).extracting(alert -> alert.attributes().get(AlertAttributes.UNIT))
                .contains(AlertAttributes.TRIAGE_TEAM, "BINA_MARGA_SDA");
        assertThat(rerun.recordedBefore()).isEqualTo(3);
        assertThat(rerun.outcomes()).isEmpty();
        assertThat(table.alerts.published).hasSize(3);
    }

    @Test
    void aCityWithoutComplaintsStillGetsItsDigestAndNoUnitOne() {
        var report = digest().send();

        assertThat(report.units()).isZero();
        assertThat(table.alerts.published).singleElement()
                .satisfies(alert -> assertThat(alert.kind()).isEqualTo(Alert.Kind.DIGEST));
    }

    private ComplaintId received(String messageId, String sender) {
        return Ingestions.complaintByDirectMessage(ingestion, messageId, sender, RECEIVED);
    }

    private DailyDigest digest() {
        var publisher = new OutboxPublisher(table.alerts, table.alerts.published::add, clock);
        return new DailyDigest(new Tenant("32.73"), table, table.alerts, publisher,
                new AlertWriting(() -> UnitCatalog.DEFAULT, URI.create("https://console.example.go.id/")),
                RULES.calendar(), clock);
    }
}

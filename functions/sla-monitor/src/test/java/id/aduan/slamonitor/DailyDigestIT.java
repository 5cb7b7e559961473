package id.aduan.slamonitor;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.adapters.dynamodb.DynamoDbAlertOutbox;
import id.aduan.adapters.dynamodb.DynamoDbConfigStore;
import id.aduan.core.alert.Alert;
import id.aduan.core.alert.RecordedAlert;
import id.aduan.core.complaint.Complaint;
import id.aduan.core.config.SectionValue;
import id.aduan.core.kernel.Priority;
import id.aduan.core.kernel.Status;
import id.aduan.core.sla.WorkingCalendar;
import id.aduan.core.unit.Unit;
import id.aduan.core.unit.UnitCatalog;
import id.aduan.testkit.AlertInbox;
import id.aduan.testkit.AwsEmulatorExtension;
import id.aduan.testkit.Deployment;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The 07:00 digest per unit and for the city: backlog by age, breaches of the last day, first-response times. */
@ExtendWith(AwsEmulatorExtension.class)
class DailyDigestIT {

    /** Tuesday 10 March 2026, 07:00 in Jakarta. */
    private static final Instant MORNING = Instant.parse("2026-03-10T00:00:00Z");

    @Test
    void eachUnitGetsItsBacklogBreachesAndFirstResponseTimesOnce(Deployment deployment) {
        var monitor = new SlaMonitor(deployment, MORNING);
        var inbox = new AlertInbox(deployment);
        var complaints = monitor.complaints;
        var yesterday = forwardedAndAnswered(monitor, Instant.parse("2026-03-09T03:00:00Z"), Duration.ofMinutes(30));
        forwardedAndAnswered(monitor, Instant.parse("2026-03-07T02:00:00Z"), Duration.ofHours(2));
        forwardedAndAnswered(monitor, Instant.parse("2026-03-05T00:00:00Z"), Duration.ofHours(1));
        complaints.received(Instant.parse("2026-03-01T02:00:00Z"), Priority.NORMAL);
        var closed = complaints.received(Instant.parse("2026-03-09T05:00:00Z"), Priority.NORMAL);
        complaints.answered(closed, Instant.parse("2026-03-09T06:00:00Z"));
        complaints.closed(closed, Status.CLOSED, Instant.parse("2026-03-09T07:00:00Z"));
        var outbox = new DynamoDbAlertOutbox(monitor.wiring.runtime.table().forTenant(monitor.tenant));
        recorded(outbox, "BREACH_SUPERVISOR", "breaches", Instant.parse("2026-03-09T08:00:00Z"),
                Instant.parse("2026-03-09T08:00:00Z"));
        recorded(outbox, "BREACH_COMMUNICATIONS", "escalations", Instant.parse("2026-03-09T20:00:00Z"),
                Instant.parse("2026-03-09T20:00:00Z"));
        recorded(outbox, "BREACH_SUPERVISOR", "breaches", Instant.parse("2026-03-08T23:59:00Z"),
                Instant.parse("2026-03-08T23:59:00Z"));
        // Swept in the last day after downtime, but it breached before: not a breach of the last day.
        recorded(outbox, "BREACH_SUPERVISOR", "breaches", Instant.parse("2026-03-08T20:00:00Z"),
                Instant.parse("2026-03-09T09:00:00Z"));

        var report = monitor.digestAt(MORNING);

        assertThat(report.path("published").asInt()).isEqualTo(3);
        var digests = inbox.take();
        assertThat(digests).allSatisfy(digest -> {
            assertThat(digest.attribute("kind")).isEqualTo("DIGEST");
            SlaSweepIT.assertNoPersonalData(digest);
        });
        assertThat(digests).filteredOn(digest -> "PERHUBUNGAN".equals(digest.attribute("unit"))).singleElement()
                .satisfies(digest -> {
                    assertThat(digest.attribute("audience")).isEqualTo("UNIT");
                    assertThat(digest.text()).contains(
                            "Ringkasan harian Aduan: Dinas Perhubungan (PERHUBUNGAN)",
                            "Selasa, 10 Maret 2026 07.00 WIB",
                            "Aduan terbuka: 3 (Didisposisikan 3)",
                            "Umur: < 1 hari 1 | 1-3 hari 1 | 3-7 hari 1 | > 7 hari 0",
                            "Pelanggaran SLA 24 jam terakhir: 1 (Tindak lanjut 1); eskalasi ke Humas: 1",
                            "aduan masuk 24 jam terakhir: 1 aduan, 1 ditanggapi; p50 30 menit, p90 30 menit",
                            "aduan masuk 7 hari terakhir: 3 aduan, 3 ditanggapi; p50 1 jam, p90 2 jam",
                            "/?unit=PERHUBUNGAN&status=OPEN");
                });
        assertThat(digests).filteredOn(digest -> "TRIASE".equals(digest.attribute("unit"))).singleElement()
                .satisfies(digest -> assertThat(digest.text()).contains("Aduan terbuka: 1 (Baru 1)",
                        "> 7 hari 1", "aduan masuk 24 jam terakhir: 1 aduan, 1 ditanggapi; p50 1 jam"));
        assertThat(digests).filteredOn(digest -> "COMMUNICATIONS".equals(digest.attribute("audience")))
                .singleElement().satisfies(digest -> assertThat(digest.text()).contains("semua unit",
                        "Aduan terbuka: 4", "Per unit:", "Dinas Perhubungan (PERHUBUNGAN): 3 terbuka, 1 pelanggaran"));
        assertThat(yesterday.unit()).isEqualTo("PERHUBUNGAN");

        var again = monitor.digestAt(MORNING.plusSeconds(120));
        assertThat(again.path("recordedBefore").asInt()).isEqualTo(3);
        assertThat(inbox.take()).isEmpty();
    }

    @Test
    void theDigestNamesUnitsAsAdminsConfiguredThemRenamedOrAdded(Deployment deployment) {
        var monitor = new SlaMonitor(deployment, MORNING);
        var inbox = new AlertInbox(deployment);
        var units = new ArrayList<>(UnitCatalog.DEFAULT.units());
        units.replaceAll(unit -> unit.code().equals("PERHUBUNGAN")
                ? new Unit("PERHUBUNGAN", "Dinas Perhubungan dan Lalu Lintas", unit.handles()) : unit);
        units.add(new Unit("PARIWISATA", "Dinas Pariwisata", "objek wisata"));
        new DynamoDbConfigStore(monitor.wiring.runtime.table().forTenant(monitor.tenant), WorkingCalendar.standard(),
                monitor.tenant)
                .write(new SectionValue.Units(new UnitCatalog(units)), 0, "admin", MORNING);
        forwardedAndAnswered(monitor, Instant.parse("2026-03-09T03:00:00Z"), Duration.ofMinutes(30));
        var tourism = monitor.complaints.received(Instant.parse("2026-03-09T04:00:00Z"), Priority.NORMAL);
        monitor.complaints.forwarded(tourism, "PARIWISATA", "Objek wisata", Instant.parse("2026-03-09T05:00:00Z"));

        monitor.digestAt(MORNING);

        assertThat(inbox.take()).filteredOn(digest -> "COMMUNICATIONS".equals(digest.attribute("audience")))
                .singleElement().satisfies(digest -> assertThat(digest.text()).contains(
                        "Dinas Perhubungan dan Lalu Lintas (PERHUBUNGAN): 1 terbuka",
                        "Dinas Pariwisata (PARIWISATA): 1 terbuka"));
    }

    @Test
    void aDigestReadsEachStatusAndEachDayOfTheOutboxOnce(Deployment deployment) {
        var monitor = new SlaMonitor(deployment, MORNING);
        forwardedAndAnswered(monitor, Instant.parse("2026-03-09T03:00:00Z"), Duration.ofMinutes(30));
        monitor.digestAt(MORNING.minus(Duration.ofDays(1)));
        var before = monitor.wiring.runtime.requests().byOperation();

        monitor.digestAt(MORNING);

        var made = new HashMap<>(monitor.wiring.runtime.requests().byOperation());
        before.forEach((operation, count) -> made.merge(operation, -count, Long::sum));
        assertThat(made.get("DynamoDb.Query"))
                .as("open statuses once, the week's others once, two days of alerts, the configuration partition")
                .isEqualTo(Status.values().length + 2L + 1L);
    }

    private static Complaint forwardedAndAnswered(SlaMonitor monitor, Instant received,
                                                                        Duration answeredAfter) {
        var complaint = monitor.complaints.received(received, Priority.NORMAL);
        monitor.complaints.answered(complaint, received.plus(answeredAfter));
        return monitor.complaints.forwarded(complaint, "PERHUBUNGAN", "Lampu lalu lintas",
                received.plus(answeredAfter).plusSeconds(60));
    }

    /** An alert raised at {@code raisedAt} for a breach (or escalation) of the follow-up clock at {@code happened}. */
    private static void recorded(DynamoDbAlertOutbox outbox, String level, String what, Instant happened,
                                 Instant raisedAt) {
        var alert = new Alert("sla/test/" + level + "/" + raisedAt, Alert.Kind.SLA_BREACH, "breach", "breach",
                Map.of("unit", "PERHUBUNGAN", "level", level, "clock", "FOLLOW_UP", what, "FOLLOW_UP@" + happened));
        outbox.recordIfAbsent(new RecordedAlert(alert, raisedAt, null, 1));
    }
}

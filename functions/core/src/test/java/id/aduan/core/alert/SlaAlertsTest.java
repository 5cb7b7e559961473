package id.aduan.core.alert;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.core.complaint.Assignee;
import id.aduan.core.complaint.Channel;
import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.complaint.ReplyTarget;
import id.aduan.core.complaint.Reporter;
import id.aduan.core.complaint.ReporterMessage;
import id.aduan.core.complaint.TrackingCode;
import id.aduan.core.complaint.TriageState;
import id.aduan.core.kernel.Priority;
import id.aduan.core.kernel.Status;
import id.aduan.core.sla.AlertLevel;
import id.aduan.core.sla.ClockKind;
import id.aduan.core.sla.ClockState;
import id.aduan.core.sla.ComplaintClocks;
import id.aduan.core.sla.DueAlert;
import id.aduan.core.sla.SlaPolicy;
import id.aduan.core.sla.SlaRules;
import id.aduan.core.sla.WorkingCalendar;
import id.aduan.core.unit.Unit;
import id.aduan.core.unit.UnitCatalog;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class SlaAlertsTest {

    private static final SlaRules RULES = new SlaRules(SlaPolicy.DEFAULT, WorkingCalendar.standard());
    private static final Instant RECEIVED = Instant.parse("2026-02-18T02:00:00Z");
    private static final SlaAlerts ALERTS = new SlaAlerts(
            new AlertWriting(() -> UnitCatalog.DEFAULT, URI.create("https://console.example.go.id/")));

    @Test
    void breachNamesComplaintUnitClockAndLatenessButNothingOfTheReporter() {
        var complaint = forwardedComplaint();
        var due = complaint.clocks().dueAlerts(RECEIVED.plus(Duration.ofDays(9)), RULES).stream()
                .filter(alert -> alert.level() == AlertLevel.BREACH_UNIT).limit(1).toList();
        var clock = due.getFirst().clock();

        var alert = ALERTS.alertFor(complaint, due, RULES.calendar());

        assertThat(alert.kind()).isEqualTo(Alert.Kind.SLA_BREACH);
        assertThat(alert.id()).isEqualTo("sla/" + complaint.id().value() + "/" + clock + ".BREACH_UNIT");
        assertThat(alert.attributes()).containsEntry("unit", "PERHUBUNGAN").containsEntry("audience", "UNIT")
                .containsEntry("trackingCode", complaint.trackingCode().value())
                .containsEntry("clock", clock.name()).containsEntry("level", "BREACH_UNIT");
        assertThat(alert.text()).contains("Unit: Dinas Perhubungan (PERHUBUNGAN)", "Kategori: Lampu lalu lintas",
                "Prioritas: HIGH", "Status: Didisposisikan", "Petugas: Rina", "terlambat",
                "Buka: https://console.example.go.id/aduan/" + complaint.trackingCode().value());
        assertThat(alert.subject() + alert.text()).doesNotContain("warga.cimahi", "depan rumah saya", "178414000");
    }

    @Test
    void alertsNameUnitsAsConfiguredNowRenamedOrAdded() {
        var configured = new AtomicReference<>(UnitCatalog.DEFAULT);
        var alerts = new SlaAlerts(new AlertWriting(configured::get, URI.create("https://console.example.go.id/")));
        var units = new ArrayList<>(UnitCatalog.DEFAULT.units());
        units.replaceAll(unit -> unit.code().equals("PERHUBUNGAN")
                ? new Unit("PERHUBUNGAN", "Dinas Perhubungan dan Lalu Lintas", unit.handles()) : unit);
        units.add(new Unit("PARIWISATA", "Dinas Pariwisata", "objek wisata"));
        configured.set(new UnitCatalog(units));
        var at = RECEIVED.plus(Duration.ofDays(9));

        var renamed = alerts.alertFor(forwardedComplaint(), forwardedComplaint().clocks().dueAlerts(at, RULES), RULES.calendar());
        var tourism = forwardedComplaint().toBuilder().unit("PARIWISATA").build();
        var added = alerts.alertFor(tourism, tourism.clocks().dueAlerts(at, RULES), RULES.calendar());

        assertThat(renamed.text()).contains("Unit: Dinas Perhubungan dan Lalu Lintas (PERHUBUNGAN)");
        assertThat(added.text()).contains("Unit: Dinas Pariwisata (PARIWISATA)");
    }

    @Test
    void aSweepCatchingUpRaisesOneAlertNamingEveryClockAtItsHighestLevelForTheCommunicationsOffice() {
        var complaint = newComplaint();
        var due = complaint.clocks().dueAlerts(RECEIVED.plus(Duration.ofDays(60)), RULES);

        var alert = ALERTS.alertFor(complaint, due, RULES.calendar());

        assertThat(due).extracting(DueAlert::level).contains(AlertLevel.WARNING, AlertLevel.BREACH_UNIT,
                AlertLevel.BREACH_SUPERVISOR);
        assertThat(alert.id()).isEqualTo("sla/" + complaint.id().value()
                + "/FIRST_RESPONSE.BREACH_COMMUNICATIONS+VERIFICATION.BREACH_COMMUNICATIONS");
        assertThat(alert.attributes()).containsEntry("level", "BREACH_COMMUNICATIONS")
                .containsEntry("audience", "COMMUNICATIONS");
        assertThat(alert.text()).contains("- Tanggapan pertama: terlambat", "- Verifikasi: terlambat", "tingkat 3")
                .doesNotContain("tingkat 1", "tingkat 2");
        var firstResponse = complaint.clocks().clock(ClockKind.FIRST_RESPONSE).orElseThrow().state();
        assertThat(Breach.decode(alert.attributes().get(AlertAttributes.BREACHES)))
                .contains(new Breach(ClockKind.FIRST_RESPONSE, ((ClockState.Running) firstResponse).deadline()));
        assertThat(Breach.decode(alert.attributes().get(AlertAttributes.ESCALATIONS)))
                .extracting(Breach::clock).containsExactly(ClockKind.FIRST_RESPONSE, ClockKind.VERIFICATION);
    }

    @Test
    void manyAlertsOfAUnitBecomeOneMessageLinkingEachComplaintAndTheQueue() {
        var first = ALERTS.alertFor(newComplaint(), newComplaint().clocks()
                .dueAlerts(RECEIVED.plus(Duration.ofDays(60)), RULES), RULES.calendar());
        var other = newComplaint(7);
        var second = ALERTS.alertFor(other, other.clocks().dueAlerts(RECEIVED.plus(Duration.ofDays(60)), RULES),
                RULES.calendar());

        var grouped = ALERTS.grouped(List.of(first, second));

        assertThat(grouped.subject()).startsWith("[Aduan] 2 peringatan dan pelanggaran SLA");
        assertThat(grouped.text()).contains("https://console.example.go.id/aduan/" + other.trackingCode().value(),
                "Antrean: https://console.example.go.id/?status=NEW");
        assertThat(grouped.attributes()).containsEntry("unit", AlertAttributes.TRIAGE_TEAM)
                .containsEntry("audience", "COMMUNICATIONS").containsEntry("level", "BREACH_COMMUNICATIONS");
        assertThat(ALERTS.grouped(List.of(second, first)).id()).isEqualTo(grouped.id());
    }

    @Test
    void eachEscalationLevelIsForItsOwnAudience() {
        assertThat(List.of(AlertLevel.values())).extracting(SlaAlerts::audience).containsExactly(
                AlertAttributes.Audience.UNIT, AlertAttributes.Audience.UNIT, AlertAttributes.Audience.SUPERVISOR,
                AlertAttributes.Audience.COMMUNICATIONS);
    }

    @Test
    void complaintNotForwardedYetBelongsToTheTriageTeam() {
        var complaint = newComplaint();
        var warning = new DueAlert(ClockKind.FIRST_RESPONSE, AlertLevel.WARNING,
                Duration.ofHours(-2), "sisa 2 jam kerja", RECEIVED.plus(Duration.ofHours(1)));

        var alert = ALERTS.alertFor(complaint, List.of(warning), RULES.calendar());

        assertThat(alert.kind()).isEqualTo(Alert.Kind.SLA_WARNING);
        assertThat(alert.attributes()).containsEntry("unit", AlertAttributes.TRIAGE_TEAM);
        assertThat(alert.text()).contains("Unit: belum didisposisikan (tim triase)", "sisa 2 jam kerja");
    }

    private static Complaint newComplaint() {
        return newComplaint(3);
    }

    private static Complaint newComplaint(long seed) {
        var random = new Random(seed);
        var opening = ReporterMessage.received("17900001", Channel.COMMENT, "Lampu merah mati di depan rumah saya",
                List.of(), RECEIVED);
        return Complaint.open(ComplaintId.generate(RECEIVED, random), TrackingCode.random(random), "178414",
                new Reporter("17841400001", "warga.cimahi"), opening, new ReplyTarget(ReplyTarget.Kind.COMMENT,
                        "17900001"), false, TriageState.PENDING, Priority.HIGH,
                ComplaintClocks.onReceived(RECEIVED, Priority.HIGH, "", RULES));
    }

    private static Complaint forwardedComplaint() {
        var complaint = newComplaint();
        var at = RECEIVED.plus(Duration.ofMinutes(30));
        var clocks = complaint.clocks().onStatusChange(Status.NEW, Status.VERIFIED, at, RULES)
                .onStatusChange(Status.VERIFIED, Status.FORWARDED, at, RULES);
        return complaint.toBuilder().status(Status.FORWARDED).unit("PERHUBUNGAN").category("Lampu lalu lintas")
                .assignee(new Assignee("agent-1", "Rina")).clocks(clocks).build();
    }
}

package id.aduan.core.digest;

import id.aduan.core.alert.Alert;
import id.aduan.core.alert.AlertAttributes;
import id.aduan.core.alert.AlertWriting;
import id.aduan.core.alert.AlertAttributes.Audience;
import id.aduan.core.digest.UnitFigures.FirstResponse;
import id.aduan.core.kernel.Tenant;
import id.aduan.core.sla.DurationText;
import id.aduan.core.sla.TimeBasis;
import id.aduan.core.sla.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Writes a daily digest as staff read it, in Bahasa Indonesia; figures only, no personal data. */
final class DigestText {

    private final Tenant tenant;
    private final AlertWriting writing;
    private final WorkingCalendar calendar;

    DigestText(Tenant tenant, AlertWriting writing, WorkingCalendar calendar) {
        this.tenant = tenant;
        this.writing = writing;
        this.calendar = calendar;
    }

    /** A unit's digest, for its channel; {@code unit} may be the triage team. */
    Alert forUnit(String unit, UnitFigures figures, Instant now) {
        var attributes = new LinkedHashMap<String, String>();
        attributes.put(AlertAttributes.UNIT, unit);
        attributes.put(AlertAttributes.AUDIENCE, Audience.UNIT.name());
        return alert(id(now, unit), writing.unitName(unit), figures, now, writing.queueLink(unit), attributes);
    }

    /** The whole city's digest, for the communications office. */
    Alert forCity(UnitFigures figures, Map<String, UnitFigures> byUnit, Instant now) {
        var alert = alert(id(now, "ALL"), "semua unit", figures, now, writing.inboxLink(), Map.of(
                AlertAttributes.AUDIENCE, Audience.COMMUNICATIONS.name()));
        if (byUnit.isEmpty()) {
            return alert;
        }
        var perUnit = byUnit.entrySet().stream()
                .map(entry -> "- " + writing.unitName(entry.getKey()) + ": " + entry.getValue().backlog() + " terbuka, "
                        + entry.getValue().breaches() + " pelanggaran")
                .collect(Collectors.joining("\n", "\nPer unit:\n", "\n"));
        return new Alert(alert.id(), alert.kind(), alert.subject(), alert.text() + perUnit, alert.attributes());
    }

    private Alert alert(String id, String whose, UnitFigures figures, Instant now, String link,
                       Map<String, String> attributes) {
        var text = new StringBuilder();
        text.append("Ringkasan harian Aduan: ").append(whose).append('\n');
        text.append(writing.time(now)).append("\n\n");
        text.append("Aduan terbuka: ").append(figures.backlog());
        if (!figures.backlogByStatus().isEmpty()) {
            text.append(figures.backlogByStatus().entrySet().stream()
                    .map(entry -> entry.getKey().label() + " " + entry.getValue())
                    .collect(Collectors.joining(", ", " (", ")")));
        }
        text.append('\n');
        text.append("Umur: ").append(figures.backlogByAge().entrySet().stream()
                .map(entry -> entry.getKey().label() + " " + entry.getValue())
                .collect(Collectors.joining(" | "))).append('\n');
        text.append("Pelanggaran SLA 24 jam terakhir: ").append(figures.breaches());
        if (!figures.breachesByClock().isEmpty()) {
            text.append(figures.breachesByClock().entrySet().stream()
                    .map(entry -> entry.getKey().label() + " " + entry.getValue())
                    .collect(Collectors.joining(", ", " (", ")")));
        }
        text.append("; eskalasi ke Humas: ").append(figures.escalatedToCommunications()).append('\n');
        text.append("Tanggapan pertama, aduan masuk 24 jam terakhir: ").append(describe(figures.lastDay())).append('\n');
        text.append("Tanggapan pertama, aduan masuk 7 hari terakhir: ").append(describe(figures.lastWeek())).append('\n');
        text.append("Buka: ").append(link).append('\n');
        var subject = "[Aduan] Ringkasan harian " + LocalDate.ofInstant(now, WorkingCalendar.ZONE) + ": " + whose
                + ", " + figures.backlog() + " terbuka, " + figures.breaches() + " pelanggaran";
        return new Alert(id, Alert.Kind.DIGEST, subject, text.toString(), attributes);
    }

    private String describe(FirstResponse response) {
        var text = response.received() + " aduan, " + response.answered() + " ditanggapi";
        if (response.answered() == 0) {
            return text;
        }
        return text + "; p50 " + duration(response.p50()) + ", p90 " + duration(response.p90());
    }

    private String duration(Optional<Duration> value) {
        return value.map(d -> DurationText.of(d, TimeBasis.CALENDAR, calendar)).orElse("-");
    }

    /**
     * One digest per tenant, unit and Jakarta day: a retried run finds it recorded and sends nothing twice,
     * and two governments' digests of the same unit code are never taken for one another.
     */
    private String id(Instant now, String unit) {
        return "digest/" + tenant.id() + "/" + LocalDate.ofInstant(now, WorkingCalendar.ZONE) + "/" + unit;
    }
}

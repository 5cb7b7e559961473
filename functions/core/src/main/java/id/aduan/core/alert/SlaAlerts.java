package id.aduan.core.alert;

import id.aduan.core.alert.AlertAttributes.Audience;
import id.aduan.core.complaint.Complaint;
import id.aduan.core.sla.AlertLevel;
import id.aduan.core.sla.ClockState;
import id.aduan.core.sla.DueAlert;
import id.aduan.core.sla.DurationText;
import id.aduan.core.sla.SlaClock;
import id.aduan.core.sla.WorkingCalendar;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes the alert for an SLA warning or breach, in Bahasa Indonesia: what happened, to which
 * complaint (tracking code, unit, category, priority, status), which clock, how late, who it is for and
 * a link to the complaint. It never carries the reporter's personal data: no username, no message text.
 */
public final class SlaAlerts {

    private final AlertWriting writing;

    public SlaAlerts(AlertWriting writing) {
        this.writing = Objects.requireNonNull(writing, "writing");
    }

    /** The same (complaint, clock, level) always gets the same id, so a repeated publish can be recognised. */
    public static String alertId(Complaint complaint, DueAlert due) {
        return "sla/" + complaint.id().value() + "/" + due.clock().name() + "/" + due.level().name();
    }

    public static Audience audience(AlertLevel level) {
        return switch (level) {
            case WARNING, BREACH_UNIT -> Audience.UNIT;
            case BREACH_SUPERVISOR -> Audience.SUPERVISOR;
            case BREACH_COMMUNICATIONS -> Audience.COMMUNICATIONS;
        };
    }

    public Alert alertFor(Complaint complaint, DueAlert due, WorkingCalendar calendar) {
        var code = complaint.trackingCode().value();
        var unit = complaint.unit() == null ? AlertAttributes.TRIAGE_TEAM : complaint.unit();
        var clock = due.clock().label();
        boolean warning = due.level() == AlertLevel.WARNING;
        var what = warning ? "Peringatan SLA" : "Pelanggaran SLA";
        var subject = "[Aduan] " + what + " " + code + ": " + clock + " " + due.howLate()
                + (warning ? "" : " (" + escalation(due.level()) + ")");

        var text = new StringBuilder();
        text.append(what).append(": ").append(clock).append(" aduan ").append(code).append(", ")
                .append(due.howLate()).append(".\n");
        text.append("Eskalasi: ").append(escalation(due.level())).append(" - ").append(forWhom(due.level()))
                .append(".\n\n");
        text.append("Aduan: ").append(code).append('\n');
        text.append("Unit: ").append(writing.unitName(complaint.unit())).append('\n');
        text.append("Kategori: ").append(complaint.category() == null ? "belum ditetapkan" : complaint.category())
                .append('\n');
        text.append("Prioritas: ").append(complaint.priority().name()).append('\n');
        text.append("Status: ").append(complaint.status().label()).append('\n');
        text.append("Jam SLA: ").append(clock).append(" (target ").append(target(complaint, due, calendar)).append(")\n");
        deadline(complaint, due).ifPresent(at -> text.append("Tenggat: ").append(writing.time(at)).append('\n'));
        if (complaint.assignee() != null && complaint.assignee().name() != null) {
            text.append("Petugas: ").append(complaint.assignee().name()).append('\n');
        }
        text.append("Buka: ").append(writing.link("/complaints/" + code)).append('\n');

        var attributes = new LinkedHashMap<String, String>();
        attributes.put(AlertAttributes.UNIT, unit);
        attributes.put(AlertAttributes.LEVEL, due.level().name());
        attributes.put(AlertAttributes.CLOCK, due.clock().name());
        attributes.put(AlertAttributes.TRACKING_CODE, code);
        attributes.put(AlertAttributes.AUDIENCE, audience(due.level()).name());
        return new Alert(alertId(complaint, due), warning ? Alert.Kind.SLA_WARNING : Alert.Kind.SLA_BREACH,
                subject, text.toString(), attributes);
    }

    private static String escalation(AlertLevel level) {
        return switch (level) {
            case WARNING -> "peringatan";
            case BREACH_UNIT -> "tingkat 1";
            case BREACH_SUPERVISOR -> "tingkat 2";
            case BREACH_COMMUNICATIONS -> "tingkat 3";
        };
    }

    private static String forWhom(AlertLevel level) {
        return switch (level) {
            case WARNING, BREACH_UNIT -> "petugas dan kanal unit";
            case BREACH_SUPERVISOR -> "kepala unit";
            case BREACH_COMMUNICATIONS -> "Humas (tim triase dan admin), pelanggaran berlanjut setengah jendela lagi";
        };
    }

    private static String target(Complaint complaint, DueAlert due, WorkingCalendar calendar) {
        return complaint.clocks().clock(due.clock())
                .map(clock -> DurationText.of(clock.window().length(), clock.window().basis(), calendar))
                .orElse("-");
    }

    private static Optional<Instant> deadline(Complaint complaint, DueAlert due) {
        return complaint.clocks().clock(due.clock()).map(SlaClock::state)
                .filter(ClockState.Running.class::isInstance)
                .map(state -> ((ClockState.Running) state).deadline());
    }
}

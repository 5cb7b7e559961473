package id.aduan.core.alert;

import id.aduan.core.alert.AlertAttributes.Audience;
import id.aduan.core.complaint.Complaint;
import id.aduan.core.sla.AlertLevel;
import id.aduan.core.sla.ClockKind;
import id.aduan.core.sla.ClockState;
import id.aduan.core.sla.DueAlert;
import id.aduan.core.sla.DurationText;
import id.aduan.core.sla.SlaClock;
import id.aduan.core.sla.WorkingCalendar;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Writes the alert of a complaint's SLA clocks, in Bahasa Indonesia: one alert per complaint and
 * sweep, naming every clock due with the highest level each reached, for the audience of the highest
 * level among them (level 3 goes to the communications office only). It says what happened, to which
 * complaint (tracking code, unit, category, priority, status), how late, who it is for and links to
 * the complaint in the console. It never carries the reporter's personal data: no username, no text.
 */
public final class SlaAlerts {

    private final AlertWriting writing;

    public SlaAlerts(AlertWriting writing) {
        this.writing = Objects.requireNonNull(writing, "writing");
    }

    /** The highest level due on each clock, in workflow order: what an alert names. */
    public static List<DueAlert> highestPerClock(List<DueAlert> due) {
        var highest = new LinkedHashMap<ClockKind, DueAlert>();
        for (DueAlert alert : due) {
            highest.merge(alert.clock(), alert, (kept, other) -> other.level().compareTo(kept.level()) > 0 ? other : kept);
        }
        return List.copyOf(highest.values());
    }

    /**
     * The key of one (complaint, clock, level) raised: its timeline event's, so that it is recorded once.
     */
    public static String levelKey(Complaint complaint, DueAlert due) {
        return "sla/" + complaint.id().value() + "/" + due.clock().name() + "/" + due.level().name();
    }

    /** The same clocks and levels of a complaint always get the same id, so a repeated publish is recognised. */
    public static String alertId(Complaint complaint, List<DueAlert> highest) {
        return "sla/" + complaint.id().value() + "/" + highest.stream()
                .map(due -> due.clock().name() + "." + due.level().name()).collect(Collectors.joining("+"));
    }

    public static Audience audience(AlertLevel level) {
        return switch (level) {
            case WARNING, BREACH_UNIT -> Audience.UNIT;
            case BREACH_SUPERVISOR -> Audience.SUPERVISOR;
            case BREACH_COMMUNICATIONS -> Audience.COMMUNICATIONS;
        };
    }

    /** The alert for every level {@code due} on the complaint's clocks in one sweep (never empty). */
    public Alert alertFor(Complaint complaint, List<DueAlert> due, WorkingCalendar calendar) {
        var highest = highestPerClock(due);
        var top = highest.stream().max(Comparator.comparing(DueAlert::level)).orElseThrow();
        var code = complaint.trackingCode().value();
        var unit = complaint.unit() == null ? AlertAttributes.TRIAGE_TEAM : complaint.unit();
        boolean warning = top.level() == AlertLevel.WARNING;
        var what = warning ? "Peringatan SLA" : "Pelanggaran SLA";
        var clocks = highest.stream().map(alert -> alert.clock().label() + " " + alert.howLate())
                .collect(Collectors.joining(", "));
        var subject = "[Aduan] " + what + " " + code + ": " + clocks + (warning ? "" : " (" + escalation(top.level()) + ")");

        var text = new StringBuilder();
        text.append(what).append(" aduan ").append(code).append(":\n");
        for (DueAlert alert : highest) {
            text.append("- ").append(alert.clock().label()).append(": ").append(alert.howLate()).append(" (")
                    .append(escalation(alert.level())).append("; target ").append(target(complaint, alert, calendar));
            deadline(complaint, alert).ifPresent(at -> text.append("; tenggat ").append(writing.time(at)));
            text.append(")\n");
        }
        text.append("Eskalasi: ").append(escalation(top.level())).append(" - ").append(forWhom(top.level()))
                .append(".\n\n");
        text.append("Aduan: ").append(code).append('\n');
        text.append("Unit: ").append(writing.unitName(complaint.unit())).append('\n');
        text.append("Kategori: ").append(complaint.category() == null ? "belum ditetapkan" : complaint.category())
                .append('\n');
        text.append("Prioritas: ").append(complaint.priority().name()).append('\n');
        text.append("Status: ").append(complaint.status().label()).append('\n');
        if (complaint.assignee() != null && complaint.assignee().name() != null) {
            text.append("Petugas: ").append(complaint.assignee().name()).append('\n');
        }
        text.append("Buka: ").append(writing.complaintLink(code)).append('\n');

        var attributes = new LinkedHashMap<String, String>();
        attributes.put(AlertAttributes.UNIT, unit);
        attributes.put(AlertAttributes.LEVEL, top.level().name());
        attributes.put(AlertAttributes.CLOCK, top.clock().name());
        attributes.put(AlertAttributes.TRACKING_CODE, code);
        attributes.put(AlertAttributes.AUDIENCE, audience(top.level()).name());
        reached(due, AlertLevel.BREACH_UNIT).ifPresent(value -> attributes.put(AlertAttributes.BREACHES, value));
        reached(due, AlertLevel.BREACH_COMMUNICATIONS)
                .ifPresent(value -> attributes.put(AlertAttributes.ESCALATIONS, value));
        return new Alert(alertId(complaint, highest), warning ? Alert.Kind.SLA_WARNING : Alert.Kind.SLA_BREACH,
                subject, text.toString(), attributes);
    }

    /**
     * One message for many alerts of a unit and audience: a line per complaint with its link, and the
     * escalation of the highest level among them. The same alerts always give the same id.
     */
    public Alert grouped(List<Alert> members) {
        var first = members.getFirst();
        var unit = first.attributes().get(AlertAttributes.UNIT);
        var audience = first.attributes().get(AlertAttributes.AUDIENCE);
        var top = members.stream().map(alert -> AlertLevel.valueOf(alert.attributes().get(AlertAttributes.LEVEL)))
                .max(Comparator.naturalOrder()).orElseThrow();
        boolean warnings = top == AlertLevel.WARNING;
        var what = warnings ? "peringatan SLA" : "peringatan dan pelanggaran SLA";
        var text = new StringBuilder();
        text.append(members.size()).append(' ').append(what).append(", ").append(writing.unitName(unit))
                .append(":\n");
        for (Alert member : members) {
            var code = member.attributes().get(AlertAttributes.TRACKING_CODE);
            text.append("- ").append(member.subject().replaceFirst("^\\[Aduan\\] ", "")).append('\n')
                    .append("  ").append(writing.complaintLink(code)).append('\n');
        }
        text.append("Eskalasi tertinggi: ").append(escalation(top)).append(" - ").append(forWhom(top)).append(".\n");
        text.append("Antrean: ").append(writing.queueLink(unit)).append('\n');
        var ids = members.stream().map(Alert::id).sorted().collect(Collectors.joining("\n"));
        var id = "sla-group/" + unit + "/" + audience + "/"
                + UUID.nameUUIDFromBytes(ids.getBytes(StandardCharsets.UTF_8));
        var attributes = new LinkedHashMap<String, String>();
        attributes.put(AlertAttributes.UNIT, unit);
        attributes.put(AlertAttributes.LEVEL, top.name());
        attributes.put(AlertAttributes.AUDIENCE, audience);
        return new Alert(id, warnings ? Alert.Kind.SLA_WARNING : Alert.Kind.SLA_BREACH,
                "[Aduan] " + members.size() + " " + what + ": " + writing.unitName(unit) + " (" + escalation(top) + ")",
                text.toString(), attributes);
    }

    /** The clocks that reached {@code level} in this sweep, with when; empty when none did. */
    private static Optional<String> reached(List<DueAlert> due, AlertLevel level) {
        var breaches = due.stream().filter(alert -> alert.level() == level)
                .map(alert -> new Breach(alert.clock(), alert.fellDueAt())).toList();
        return breaches.isEmpty() ? Optional.empty() : Optional.of(Breach.encode(breaches));
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

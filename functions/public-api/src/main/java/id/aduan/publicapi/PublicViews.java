package id.aduan.publicapi;

import id.aduan.core.report.Publication;
import id.aduan.core.report.PublicFigures;
import id.aduan.core.report.Topic;
import id.aduan.core.unit.Unit;
import id.aduan.core.unit.UnitCatalog;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The public JSON answers: the transparency figures and a tracked complaint. Times are UTC instants. */
final class PublicViews {

    private PublicViews() {
    }

    static Map<String, Object> figures(PublicFigures figures, UnitCatalog units) {
        var body = new LinkedHashMap<String, Object>();
        body.put("thisMonth", figures.thisMonth().toString());
        body.put("computedAt", figures.computedAt().toString());
        body.put("months", figures.months().stream().map(month -> {
            var row = new LinkedHashMap<String, Object>();
            row.put("month", month.month().toString());
            row.put("received", month.received());
            row.put("handled", month.handled());
            row.put("medianFirstResponseWorkingMinutes", minutes(month.medianFirstResponse()));
            row.put("medianFirstResponseMinutes", minutes(month.medianFirstResponseCalendar()));
            return row;
        }).toList());
        body.put("slaComplianceByUnit", figures.units().stream().map(unit -> {
            var row = new LinkedHashMap<String, Object>();
            row.put("unit", unit.unit());
            row.put("name", units.find(unit.unit()).map(Unit::name).orElse(unit.unit()));
            row.put("met", unit.compliance().met());
            row.put("breached", unit.compliance().breached());
            row.put("running", unit.compliance().running());
            var percent = unit.compliance().percentMet();
            row.put("percentMet", percent.isPresent() ? Math.round(percent.getAsDouble() * 10) / 10.0 : null);
            return row;
        }).toList());
        body.put("topics", figures.topics().stream().map(topic -> Map.of("topic", topic.topic(),
                "complaints", topic.complaints())).toList());
        return body;
    }

    static Map<String, Object> tracked(Tracking.Tracked tracked, UnitCatalog units) {
        var complaint = tracked.complaint();
        var body = new LinkedHashMap<String, Object>();
        body.put("trackingCode", complaint.trackingCode().value());
        body.put("status", complaint.status().name());
        body.put("statusLabel", complaint.status().label());
        body.put("unit", complaint.unit() == null ? null
                : units.find(complaint.unit()).map(Unit::name).orElse(complaint.unit()));
        body.put("category", Topic.of(complaint));
        body.put("receivedAt", complaint.receivedAt().toString());
        body.put("updatedAt", tracked.updatedAt().toString());
        body.put("expectedAt", Publication.expectedAt(complaint).map(Object::toString).orElse(null));
        body.put("replies", tracked.replies().stream().map(reply -> Map.of("at", reply.at().toString(),
                "text", reply.text())).toList());
        return body;
    }

    private static Long minutes(Optional<Duration> duration) {
        return duration.map(Duration::toMinutes).orElse(null);
    }
}

package id.aduan.publicapi;

import id.aduan.core.report.Publication;
import id.aduan.core.sla.WorkingCalendar;
import id.aduan.core.unit.Unit;
import id.aduan.core.unit.UnitCatalog;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GeoReport v2 fields as the spec names them. A service is a unit (OPD) of the catalog, its keywords the
 * topics triage knows for it. A service request is a published complaint: its tracking code, open or
 * closed, the last public reply as status notes, the unit responsible, the running deadline; never
 * media (Instagram media belong to the citizen) and never who sent it.
 */
final class Open311Documents {

    static final String GROUP = "Pengaduan masyarakat";
    private static final DateTimeFormatter W3C = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private Open311Documents() {
    }

    static List<Map<String, Object>> services(UnitCatalog units, Map<String, List<String>> topics) {
        return units.units().stream().map(unit -> {
            var service = new LinkedHashMap<String, Object>();
            service.put("service_code", unit.code());
            service.put("service_name", unit.name());
            service.put("description", unit.handles());
            service.put("metadata", false);
            service.put("type", "realtime");
            service.put("keywords", String.join(", ", topics.getOrDefault(unit.code(), List.of())));
            service.put("group", GROUP);
            return (Map<String, Object>) service;
        }).toList();
    }

    static Map<String, Object> request(Tracking.Tracked tracked, UnitCatalog units) {
        var complaint = tracked.complaint();
        var unitCode = Publication.responsibleUnit(complaint);
        var unitName = units.find(unitCode).map(Unit::name).orElse(unitCode);
        var request = new LinkedHashMap<String, Object>();
        request.put("service_request_id", complaint.trackingCode().value());
        request.put("status", Publication.isClosed(complaint) ? "closed" : "open");
        request.put("status_notes", tracked.replies().isEmpty() ? "" : tracked.replies().getLast().text());
        request.put("service_name", unitName);
        request.put("service_code", unitCode);
        request.put("description", Publication.description(complaint));
        request.put("agency_responsible", unitName);
        request.put("service_notice", complaint.status().label());
        request.put("requested_datetime", w3c(complaint.receivedAt()));
        request.put("updated_datetime", w3c(tracked.updatedAt()));
        request.put("expected_datetime", Publication.expectedAt(complaint).map(Open311Documents::w3c).orElse(null));
        return request;
    }

    /** Jakarta time with its offset, to the second: {@code 2026-12-05T08:02:00+07:00}. */
    static String w3c(Instant instant) {
        return W3C.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(WorkingCalendar.ZONE)
                .toOffsetDateTime());
    }
}

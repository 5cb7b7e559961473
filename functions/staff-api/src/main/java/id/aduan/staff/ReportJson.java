package id.aduan.staff;

import id.aduan.core.report.ComplaintFigures;
import id.aduan.core.report.Durations;
import id.aduan.core.unit.Unit;
import id.aduan.core.unit.UnitCatalog;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A report's figures as JSON: counts, durations in minutes (calendar and working), SLA per clock. */
final class ReportJson {

    private ReportJson() {
    }

    static Map<String, Object> figures(ComplaintFigures figures) {
        var json = new LinkedHashMap<String, Object>();
        json.put("received", figures.received());
        json.put("verified", figures.verified());
        json.put("rejected", figures.rejected());
        json.put("forwarded", figures.forwarded());
        json.put("resolved", figures.resolved());
        json.put("closed", figures.closed());
        json.put("reopened", figures.reopened());
        json.put("firstResponse", durations(figures.firstResponse()));
        json.put("resolution", durations(figures.resolution()));
        var sla = new LinkedHashMap<String, Object>();
        figures.sla().forEach((clock, counts) -> sla.put(clock.name(),
                Map.of("met", counts.met(), "breached", counts.breached(), "running", counts.running())));
        json.put("sla", sla);
        json.put("backlogByAge", figures.backlog());
        json.put("reroutes", figures.reroutes().entrySet().stream().map(entry -> {
            var units = entry.getKey().split("->", 2);
            return Map.of("from", units[0], "to", units[1], "count", entry.getValue());
        }).toList());
        return json;
    }

    static List<Map<String, Object>> groups(Map<String, ComplaintFigures> groups, boolean units, UnitCatalog catalog) {
        return groups.entrySet().stream().map(entry -> {
            var json = new LinkedHashMap<String, Object>();
            json.put("key", entry.getKey());
            if (units) {
                json.put("name", catalog.find(entry.getKey()).map(Unit::name).orElse(entry.getKey()));
            }
            json.putAll(figures(entry.getValue()));
            return (Map<String, Object>) json;
        }).toList();
    }

    private static Map<String, Object> durations(Durations durations) {
        var json = new LinkedHashMap<String, Object>();
        json.put("count", durations.count());
        json.put("p50Minutes", minutes(durations.calendarP50()));
        json.put("p90Minutes", minutes(durations.calendarP90()));
        json.put("workingP50Minutes", minutes(durations.workingP50()));
        json.put("workingP90Minutes", minutes(durations.workingP90()));
        return json;
    }

    private static Long minutes(Optional<Duration> duration) {
        return duration.map(Duration::toMinutes).orElse(null);
    }
}

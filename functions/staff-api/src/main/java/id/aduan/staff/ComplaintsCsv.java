package id.aduan.staff;

import id.aduan.adapters.http.HttpRequest;
import id.aduan.adapters.http.HttpResponse;
import id.aduan.core.access.Access;
import id.aduan.core.access.StaffMember;
import id.aduan.core.complaint.Complaint;
import id.aduan.core.report.Topic;
import id.aduan.core.sla.WorkingCalendar;
import id.aduan.core.unit.Unit;
import id.aduan.core.unit.UnitCatalog;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * {@code GET /reports/complaints.csv?from=&to=&columns=…&separator=;|,}: the complaints received in the
 * window, oldest first, in the columns asked for, as Excel opens it: UTF-8 with a byte-order mark, CRLF,
 * times in WIB. The reporter and the text go through the reader's masking; for roles that may not see
 * personal data the reporter column stays empty. A cell that would start a formula is quoted as text.
 */
final class ComplaintsCsv implements Route {

    private static final DateTimeFormatter WIB = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(WorkingCalendar.ZONE);

    /** A column: its value for one complaint as one reader sees it. */
    private record Column(BiFunction<Complaint, Cells, String> value) {
    }

    private record Cells(Masking masking, UnitCatalog units) {
    }

    private static final Map<String, Column> COLUMNS = columns();
    static final List<String> DEFAULT_COLUMNS = List.of("trackingCode", "receivedAt", "status", "unit", "category",
            "priority", "channel", "firstResponseAt", "resolvedAt");

    private final Wiring wiring;

    ComplaintsCsv(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public HttpResponse handle(HttpRequest request, StaffMember staff, TenantDesks desks) {
        var window = ReportParameters.window(staff, request.query(), Set.of("columns", "separator"), wiring.clock.instant());
        var columns = request.queryParameter("columns").map(text -> Arrays.stream(text.split(",")).map(String::strip)
                .filter(name -> !name.isEmpty()).toList()).orElse(DEFAULT_COLUMNS);
        columns.stream().filter(name -> !COLUMNS.containsKey(name)).findFirst().ifPresent(name -> {
            throw BadRequest.invalid("columns", "error.report.unknownColumn", name, String.join(",", COLUMNS.keySet()));
        });
        if (columns.isEmpty()) {
            throw BadRequest.invalid("columns", "error.report.noColumn");
        }
        var separator = request.queryParameter("separator").orElse(";");
        if (!separator.equals(";") && !separator.equals(",")) {
            throw BadRequest.invalid("separator", "error.report.separator");
        }
        var scope = Access.unitScope(staff);
        var cells = new Cells(Masking.of(staff), desks.config.units());
        var csv = new StringBuilder("\uFEFF");
        line(csv, columns, separator);
        desks.periods.receivedIn(window).stream()
                .filter(complaint -> scope.map(unit -> unit.equals(complaint.unit())).orElse(true))
                .sorted(Comparator.comparing(Complaint::receivedAt))
                .forEach(complaint -> line(csv, columns.stream()
                        .map(name -> COLUMNS.get(name).value().apply(complaint, cells)).toList(), separator));
        var name = "aduan-" + WIB.format(window.from()).substring(0, 10) + "-" + WIB.format(window.to()).substring(0, 10);
        return new HttpResponse(200, Map.of("content-type", "text/csv; charset=utf-8",
                "content-disposition", "attachment; filename=\"" + name + ".csv\"", "cache-control", "private, no-store"),
                csv.toString());
    }

    private static void line(StringBuilder csv, List<String> values, String separator) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                csv.append(separator);
            }
            csv.append(cell(values.get(i), separator));
        }
        csv.append("\r\n");
    }

    static String cell(String value, String separator) {
        if (value == null) {
            return "";
        }
        var text = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (text.contains(separator) || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    private static Map<String, Column> columns() {
        var columns = new LinkedHashMap<String, Column>();
        columns.put("trackingCode", new Column((c, cells) -> c.trackingCode().value()));
        columns.put("receivedAt", new Column((c, cells) -> time(c.receivedAt())));
        columns.put("status", new Column((c, cells) -> c.status().name()));
        columns.put("statusLabel", new Column((c, cells) -> c.status().label()));
        columns.put("unit", new Column((c, cells) -> c.unit()));
        columns.put("unitName", new Column((c, cells) -> c.unit() == null ? null
                : cells.units().find(c.unit()).map(Unit::name).orElse(c.unit())));
        columns.put("category", new Column((c, cells) -> Topic.of(c)));
        columns.put("priority", new Column((c, cells) -> c.priority().name()));
        columns.put("channel", new Column((c, cells) -> c.channel().name()));
        columns.put("firstResponseAt", new Column((c, cells) -> time(c.firstResponseAt())));
        columns.put("resolvedAt", new Column((c, cells) -> time(c.resolvedAt())));
        columns.put("rejection", new Column((c, cells) -> c.rejection() == null ? null : c.rejection().reason().name()));
        columns.put("assignee", new Column((c, cells) -> c.assignee() == null ? null : c.assignee().name()));
        columns.put("reporter", new Column((c, cells) -> cells.masking().masks() ? null : c.reporter().username()));
        columns.put("text", new Column((c, cells) -> cells.masking().text(c.text())));
        return Collections.unmodifiableMap(columns);
    }

    private static String time(Instant instant) {
        return instant == null ? null : WIB.format(instant);
    }
}

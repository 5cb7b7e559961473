package id.aduan.staff;

import id.aduan.adapters.http.HttpRequest;
import id.aduan.adapters.http.HttpResponse;
import id.aduan.core.access.Access;
import id.aduan.core.access.StaffMember;
import id.aduan.core.report.Grouping;
import id.aduan.core.report.Report;
import java.util.LinkedHashMap;
import java.util.Set;

/**
 * {@code GET /reports/summary?from=&to=&groupBy=unit|category}: the figures of the complaints received
 * in the window, in total and per unit or category, for what the reader may see (unit staff: their unit).
 */
final class ReportSummary implements Route {

    private final Wiring wiring;

    ReportSummary(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public HttpResponse handle(HttpRequest request, StaffMember staff) {
        var window = ReportParameters.window(staff, request.query(), Set.of("groupBy"), wiring.clock.instant());
        var groupBy = Grouping.parse(request.queryParameter("groupBy").orElse("unit"))
                .orElseThrow(() -> BadRequest.invalid("groupBy", "error.report.groupBy"));
        var report = Report.of(window, groupBy, wiring.periods.receivedIn(window), wiring.periods.movesIn(window),
                Access.unitScope(staff), wiring.clock.instant(), wiring.config.slaRules().calendar());
        var body = new LinkedHashMap<String, Object>();
        body.put("from", window.from().toString());
        body.put("to", window.to().toString());
        body.put("groupBy", groupBy.name().toLowerCase());
        body.put("unit", Access.unitScope(staff).orElse(null));
        body.put("computedAt", report.computedAt().toString());
        body.put("total", ReportJson.figures(report.total()));
        body.put("groups", ReportJson.groups(report.groups(), groupBy == Grouping.UNIT, wiring.config.units()));
        return HttpResponse.json(200, body).withHeader("cache-control", "private, max-age=60");
    }
}

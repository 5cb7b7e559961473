package id.aduan.staff;

import id.aduan.adapters.http.HttpRequest;
import id.aduan.adapters.http.HttpResponse;
import id.aduan.core.access.Access;
import id.aduan.core.access.StaffMember;
import id.aduan.core.report.Grouping;
import id.aduan.core.report.Report;
import id.aduan.core.unit.UnitCatalog;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Set;

/**
 * {@code GET /reports/summary?from=&to=&groupBy=unit|category}: the figures of the complaints received
 * in the window, in total and per unit or category, for what the reader may see (unit staff: their unit;
 * the province role: the tenant it names, or every tenant summed, a unit code several use being one group).
 */
final class ReportSummary implements Route.Figures {

    private final Wiring wiring;

    ReportSummary(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public HttpResponse handle(HttpRequest request, StaffMember staff, FigureScope scope) {
        var accepted = new HashSet<>(scope.parameters());
        accepted.add("groupBy");
        var now = wiring.clock.instant();
        var window = ReportParameters.window(staff, request.query(), Set.copyOf(accepted), now);
        var groupBy = Grouping.parse(request.queryParameter("groupBy").orElse("unit"))
                .orElseThrow(() -> BadRequest.invalid("groupBy", "error.report.groupBy"));
        var sources = scope.desks().stream().map(desks -> new Report.Source(desks.periods.receivedIn(window),
                desks.periods.movesIn(window), desks.config.slaRules().calendar())).toList();
        var report = Report.across(window, groupBy, sources, Access.unitScope(staff), now);
        var body = new LinkedHashMap<String, Object>();
        scope.describe(body);
        body.put("from", window.from().toString());
        body.put("to", window.to().toString());
        body.put("groupBy", groupBy.name().toLowerCase());
        body.put("unit", Access.unitScope(staff).orElse(null));
        body.put("computedAt", report.computedAt().toString());
        body.put("total", ReportJson.figures(report.total()));
        body.put("groups", ReportJson.groups(report.groups(), groupBy == Grouping.UNIT, unitsOf(scope)));
        return HttpResponse.json(200, body).withHeader("cache-control", "private, max-age=60");
    }

    /** The units of every tenant covered; a code several use is named as the first of them names it. */
    private static UnitCatalog unitsOf(FigureScope scope) {
        var codes = new HashSet<String>();
        return new UnitCatalog(scope.desks().stream().flatMap(desks -> desks.config.units().units().stream())
                .filter(unit -> codes.add(unit.code())).toList());
    }
}

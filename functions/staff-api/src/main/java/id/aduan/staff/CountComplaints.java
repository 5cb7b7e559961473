package id.aduan.staff;

import id.aduan.adapters.http.HttpRequest;
import id.aduan.adapters.http.HttpResponse;
import id.aduan.core.access.StaffMember;
import id.aduan.core.desk.QueueCounts;
import id.aduan.core.kernel.Status;
import id.aduan.core.language.Phrase;
import java.util.LinkedHashMap;

/**
 * {@code GET /complaints/counts}: the open complaints of the caller's scope by status, the NEW ones
 * triage judged not to be complaints apart, and how many are at risk or breached; for the province
 * role, of the tenant it names or of every tenant summed.
 */
final class CountComplaints implements Route.Figures {

    @Override
    public HttpResponse handle(HttpRequest request, StaffMember staff, FigureScope scope) {
        request.query().keySet().stream().filter(name -> !scope.parameters().contains(name)).findFirst()
                .ifPresent(name -> {
                    throw new BadRequest("UNKNOWN_PARAMETER", name, Phrase.of("error.parameter.none", name));
                });
        var counts = scope.desks().stream().map(desks -> desks.queue.counts(staff)).reduce(QueueCounts::plus)
                .orElseThrow();
        var byStatus = new LinkedHashMap<String, Integer>();
        for (Status status : Status.values()) {
            if (counts.byStatus().containsKey(status)) {
                byStatus.put(status.name(), counts.byStatus().get(status));
            }
        }
        var body = new LinkedHashMap<String, Object>();
        scope.describe(body);
        body.put("byStatus", byStatus);
        body.put("notComplaintSuggested", counts.notComplaintSuggested());
        body.put("slaAtRisk", counts.slaAtRisk());
        body.put("slaBreached", counts.slaBreached());
        body.put("complete", counts.complete());
        return HttpResponse.json(200, body);
    }
}

package id.aduan.staff;

import id.aduan.adapters.http.HttpRequest;
import id.aduan.adapters.http.HttpResponse;
import id.aduan.core.access.StaffMember;
import java.util.LinkedHashMap;

/** {@code GET /complaints}: a work queue, a page at a time. */
final class ListComplaints implements Route {

    private final Wiring wiring;

    ListComplaints(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public HttpResponse handle(HttpRequest request, StaffMember staff, TenantDesks desks) {
        var now = wiring.clock.instant();
        var units = desks.config.units();
        var parameters = request.query();
        var fingerprint = WorkQueueParameters.fingerprint(parameters);
        var query = WorkQueueParameters.read(parameters, staff, units, now);
        var cursor = parameters.get("cursor");
        if (cursor != null) {
            query = query.resumingAfter(wiring.cursors.decode(cursor, fingerprint, desks.tenant));
        }
        var page = desks.desk.list(staff, query);
        var view = desks.view(staff, Route.language(request));
        var body = new LinkedHashMap<String, Object>();
        body.put("complaints", page.complaints().stream().map(view::summary).toList());
        body.put("nextCursor", page.resumeAfter().map(position -> wiring.cursors.encode(position, fingerprint, desks.tenant))
                .orElse(null));
        return HttpResponse.json(200, body);
    }
}

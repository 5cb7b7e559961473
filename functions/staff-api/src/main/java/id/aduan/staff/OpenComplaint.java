package id.aduan.staff;

import id.aduan.adapters.http.HttpRequest;
import id.aduan.adapters.http.HttpResponse;
import id.aduan.core.access.StaffMember;

/** {@code GET /complaints/{id}}: one complaint, by id or tracking code, with everything about it. */
final class OpenComplaint implements Route {

    @Override
    public HttpResponse handle(HttpRequest request, StaffMember staff, TenantDesks desks) {
        var opened = desks.desk.open(staff, Route.complaintReference(request));
        return HttpResponse.json(200, desks.view(staff, Route.language(request)).detail(opened))
                .withHeader("etag", Versions.entityTag(opened.detail().complaint().version()));
    }
}

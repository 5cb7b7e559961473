package id.aduan.staff;

import id.aduan.adapters.http.HttpRequest;
import id.aduan.adapters.http.HttpResponse;
import id.aduan.core.access.StaffMember;

/** {@code POST /complaints/{id}/hide}: hides the reporter's comment on Instagram and records it. */
final class HideComment implements Route {

    @Override
    public HttpResponse handle(HttpRequest request, StaffMember staff, TenantDesks desks) {
        var body = JsonBody.parseOrEmpty(request.body()).allowing("version");
        var after = desks.moderation.hide(staff, Route.complaintReference(request), Versions.expected(request, body));
        return desks.view(staff, Route.language(request)).answer(200, after);
    }
}

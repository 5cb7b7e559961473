package id.aduan.staff;

import id.aduan.adapters.http.HttpRequest;
import id.aduan.adapters.http.HttpResponse;
import java.util.Map;
import java.util.Set;

/**
 * The staff API's routes by API Gateway route key: the same keys {@code template.yaml} declares and
 * {@code openapi.yaml} documents (a test holds the three together).
 */
final class Routes {

    private final Map<String, Route> byKey;

    Routes(Wiring wiring) {
        this.byKey = Map.of(
                "GET /complaints", new ListComplaints(wiring),
                "GET /complaints/{id}", new OpenComplaint(wiring),
                "POST /complaints/{id}/actions", ActOnComplaint.actions(wiring),
                "POST /complaints/{id}/notes", ActOnComplaint.notes(wiring),
                "POST /complaints/{id}/replies", new QueueReply(wiring),
                "POST /complaints/{id}/hide", new HideComment(wiring),
                "GET /config/{section}", ConfigSections.reading(wiring),
                "PUT /config/{section}", ConfigSections.writing(wiring));
    }

    Set<String> keys() {
        return byKey.keySet();
    }

    HttpResponse handle(HttpRequest request) {
        var route = byKey.get(request.routeKey());
        if (route == null) {
            throw new NoSuchResource("the staff API has no route " + request.routeKey());
        }
        var staff = StaffClaims.member(request.claims());
        if (staff.isEmpty()) {
            return ErrorResponses.error(401, "UNAUTHENTICATED", "the request carries no staff token", Map.of());
        }
        return route.handle(request, staff.get());
    }
}

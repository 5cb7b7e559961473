package id.aduan.staff;

import id.aduan.adapters.http.HttpRequest;
import id.aduan.adapters.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The staff API's routes by API Gateway route key: the same keys {@code template.yaml} declares and
 * {@code openapi.yaml} documents (a test holds the three together).
 */
final class Routes {

    /** The route keys served, in the order the README lists them. */
    static final List<String> KEYS = List.of("GET /complaints", "GET /complaints/{id}", "POST /complaints/{id}/actions",
            "POST /complaints/{id}/notes", "POST /complaints/{id}/replies", "POST /complaints/{id}/hide",
            "GET /config/{section}", "PUT /config/{section}", "GET /reports/summary", "GET /reports/complaints.csv");

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
                "PUT /config/{section}", ConfigSections.writing(wiring),
                "GET /reports/summary", new ReportSummary(wiring),
                "GET /reports/complaints.csv", new ComplaintsCsv(wiring));
        if (!byKey.keySet().equals(Set.copyOf(KEYS))) {
            throw new IllegalStateException("every route key is listed in KEYS and served");
        }
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

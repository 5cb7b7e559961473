package id.aduan.staff;

import id.aduan.adapters.http.HttpRequest;
import id.aduan.adapters.http.HttpResponse;
import id.aduan.core.access.Access;
import id.aduan.core.access.NotPermitted;
import id.aduan.core.language.Phrase;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The staff API's routes by API Gateway route key: the same keys {@code template.yaml} declares and
 * {@code openapi.yaml} documents (a test holds the three together).
 */
final class Routes {

    /** The route keys served, in the order the README lists them. */
    static final List<String> KEYS = List.of("GET /complaints", "GET /complaints/counts",
            "POST /complaints/bulk-actions", "GET /complaints/{id}", "POST /complaints/{id}/actions",
            "POST /complaints/{id}/notes", "POST /complaints/{id}/replies", "POST /complaints/{id}/hide",
            "GET /config/{section}", "PUT /config/{section}", "PUT /config/accounts/{instagramAccountId}",
            "DELETE /config/accounts/{instagramAccountId}", "GET /config/accounts/unknown", "GET /reports/summary",
            "GET /reports/complaints.csv", "POST /citizens/{instagramUserId}/erasure", "GET /deliveries");

    /** The routes that answer with aggregate figures only, the whole of what the province role may read. */
    static final Set<String> FIGURES = Set.of("GET /complaints/counts", "GET /reports/summary");

    private final Map<String, Route> byKey;
    private final Wiring wiring;

    Routes(Wiring wiring) {
        this.wiring = wiring;
        this.byKey = Map.ofEntries(
                Map.entry("GET /complaints", new ListComplaints(wiring)),
                Map.entry("GET /complaints/counts", new CountComplaints(wiring)),
                Map.entry("POST /complaints/bulk-actions", new BulkActions(wiring)),
                Map.entry("GET /complaints/{id}", new OpenComplaint(wiring)),
                Map.entry("POST /complaints/{id}/actions", ActOnComplaint.actions(wiring)),
                Map.entry("POST /complaints/{id}/notes", ActOnComplaint.notes(wiring)),
                Map.entry("POST /complaints/{id}/replies", new QueueReply(wiring)),
                Map.entry("POST /complaints/{id}/hide", new HideComment(wiring)),
                Map.entry("GET /config/{section}", ConfigSections.reading(wiring)),
                Map.entry("PUT /config/{section}", ConfigSections.writing(wiring)),
                Map.entry("PUT /config/accounts/{instagramAccountId}", AccountRegistration.registering(wiring)),
                Map.entry("DELETE /config/accounts/{instagramAccountId}", AccountRegistration.retiring(wiring)),
                Map.entry("GET /config/accounts/unknown", new UnknownAccountsList(wiring)),
                Map.entry("GET /reports/summary", new ReportSummary(wiring)),
                Map.entry("GET /reports/complaints.csv", new ComplaintsCsv(wiring)),
                Map.entry("POST /citizens/{instagramUserId}/erasure", new EraseCitizen(wiring)),
                Map.entry("GET /deliveries", new ListDeliveries(wiring)));
        if (!byKey.keySet().equals(Set.copyOf(KEYS))) {
            throw new IllegalStateException("every route key is listed in KEYS and served");
        }
    }

    HttpResponse handle(HttpRequest request) {
        var route = byKey.get(request.routeKey());
        if (route == null) {
            throw new NoSuchResource(Phrase.of("error.noRoute", request.routeKey()));
        }
        var staff = StaffClaims.member(request.claims());
        if (staff.isEmpty()) {
            return ErrorResponses.error(401, "UNAUTHENTICATED", Phrase.of("error.unauthenticated"), Route.language(request));
        }
        if (!StaffClaims.isIdToken(request.claims())) {
            return ErrorResponses.error(401, "NOT_AN_ID_TOKEN", Phrase.of("error.notAnIdToken"), Route.language(request));
        }
        Access.requireUnitWhereNeeded(staff.get());
        if (Access.figuresOnly(staff.get())) {
            if (!FIGURES.contains(request.routeKey())) {
                throw new NotPermitted(Phrase.of("error.forbidden.figuresOnly"));
            }
        } else if (StaffTenant.of(request.claims(), wiring.tenants).isEmpty()) {
            return ErrorResponses.error(403, "NO_TENANT", Phrase.of("error.noTenant"), Route.language(request));
        }
        wiring.directory.record(staff.get().id(), staff.get().name());
        return route.handle(request, staff.get());
    }
}

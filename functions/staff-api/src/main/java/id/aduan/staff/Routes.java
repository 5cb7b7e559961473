package id.aduan.staff;

import id.aduan.adapters.http.HttpRequest;
import id.aduan.adapters.http.HttpResponse;
import id.aduan.core.access.Access;
import id.aduan.core.access.NotPermitted;
import id.aduan.core.language.Phrase;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The staff API's routes by API Gateway route key: the same keys {@code template.yaml} declares and
 * {@code openapi.yaml} documents (a test holds the three together). The tenant is resolved once, here,
 * from the token, and every route gets that tenant's services.
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
    private final Map<String, Route.Figures> figures;
    private final Wiring wiring;

    Routes(Wiring wiring) {
        this.wiring = wiring;
        this.figures = Map.of(
                "GET /complaints/counts", new CountComplaints(),
                "GET /reports/summary", new ReportSummary(wiring));
        this.byKey = Map.ofEntries(
                Map.entry("GET /complaints", new ListComplaints(wiring)),
                Map.entry("POST /complaints/bulk-actions", new BulkActions(wiring)),
                Map.entry("GET /complaints/{id}", new OpenComplaint()),
                Map.entry("POST /complaints/{id}/actions", ActOnComplaint.actions()),
                Map.entry("POST /complaints/{id}/notes", ActOnComplaint.notes()),
                Map.entry("POST /complaints/{id}/replies", new QueueReply()),
                Map.entry("POST /complaints/{id}/hide", new HideComment()),
                Map.entry("GET /config/{section}", ConfigSections.reading(wiring)),
                Map.entry("PUT /config/{section}", ConfigSections.writing(wiring)),
                Map.entry("PUT /config/accounts/{instagramAccountId}", AccountRegistration.registering(wiring)),
                Map.entry("DELETE /config/accounts/{instagramAccountId}", AccountRegistration.retiring(wiring)),
                Map.entry("GET /config/accounts/unknown", new UnknownAccountsList(wiring)),
                Map.entry("GET /reports/complaints.csv", new ComplaintsCsv(wiring)),
                Map.entry("POST /citizens/{instagramUserId}/erasure", new EraseCitizen(wiring)),
                Map.entry("GET /deliveries", new ListDeliveries(wiring)));
        var served = new HashSet<>(byKey.keySet());
        served.addAll(figures.keySet());
        if (!served.equals(Set.copyOf(KEYS)) || !figures.keySet().equals(FIGURES)
                || served.size() != byKey.size() + figures.size()) {
            throw new IllegalStateException("every route key is listed in KEYS and served once");
        }
    }

    HttpResponse handle(HttpRequest request) {
        var key = request.routeKey();
        if (!byKey.containsKey(key) && !figures.containsKey(key)) {
            throw new NoSuchResource(Phrase.of("error.noRoute", key));
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
            if (!figures.containsKey(key)) {
                throw new NotPermitted(Phrase.of("error.forbidden.figuresOnly"));
            }
            return figures.get(key).handle(request, staff.get(), FigureScope.province(request.query(), wiring));
        }
        var tenant = StaffTenant.of(request.claims(), wiring.tenants);
        if (tenant.isEmpty()) {
            return ErrorResponses.error(403, "NO_TENANT", Phrase.of("error.noTenant"), Route.language(request));
        }
        var desks = wiring.desks(tenant.get());
        desks.directory.record(staff.get().id(), staff.get().name());
        return figures.containsKey(key) ? figures.get(key).handle(request, staff.get(), FigureScope.own(desks))
                : byKey.get(key).handle(request, staff.get(), desks);
    }
}

package id.aduan.staff;

import id.aduan.adapters.http.HttpRequest;
import id.aduan.adapters.http.HttpResponse;
import id.aduan.core.access.Access;
import id.aduan.core.access.NotPermitted;
import id.aduan.core.access.StaffMember;
import id.aduan.core.ingest.DeadDelivery;
import id.aduan.core.language.Phrase;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code GET /deliveries?state=DEAD&limit=25&cursor=…}: the webhook deliveries set aside because what is
 * left of them no retry can take in, most recent first, with the reasons; for admins, who replay one after
 * a fix. Pages follow {@code nextCursor}, signed like the complaint listing's and refused for any other list.
 */
final class ListDeliveries implements Route {

    private static final Set<String> PARAMETERS = Set.of("state", "limit", "cursor");
    private static final String DEAD = "DEAD";
    private static final String CURSOR_FINGERPRINT = "deliveries?state=" + DEAD;

    private final Wiring wiring;

    ListDeliveries(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public HttpResponse handle(HttpRequest request, StaffMember staff, TenantDesks desks) {
        if (!Access.mayConfigure(staff)) {
            throw new NotPermitted(Phrase.of("error.forbidden.deliveries"));
        }
        var query = request.query();
        query.keySet().stream().filter(name -> !PARAMETERS.contains(name)).findFirst().ifPresent(name -> {
            throw new BadRequest("UNKNOWN_PARAMETER", name, Phrase.of("error.deliveries.unknownParameter", name));
        });
        if (!DEAD.equals(query.get("state"))) {
            throw BadRequest.invalid("state", "error.deliveries.state");
        }
        var resumeAfter = Optional.ofNullable(query.get("cursor"))
                .map(cursor -> wiring.cursors.decode(cursor, CURSOR_FINGERPRINT, desks.tenant));
        var page = wiring.deliveries.dead(WorkQueueParameters.limit(query.get("limit")), resumeAfter);
        var body = new LinkedHashMap<String, Object>();
        body.put("deliveries", page.deliveries().stream().map(ListDeliveries::row).toList());
        body.put("nextCursor", page.resumeAfter().map(position -> wiring.cursors.encode(position, CURSOR_FINGERPRINT, desks.tenant))
                .orElse(null));
        return HttpResponse.json(200, body);
    }

    private static Map<String, Object> row(DeadDelivery delivery) {
        var row = new LinkedHashMap<String, Object>();
        row.put("id", delivery.id());
        row.put("state", DEAD);
        row.put("receivedAt", delivery.receivedAt().toString());
        row.put("setAsideAt", delivery.deadAt().toString());
        row.put("reasons", delivery.reasons());
        return row;
    }
}

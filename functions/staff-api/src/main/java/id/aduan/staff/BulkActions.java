package id.aduan.staff;

import com.fasterxml.jackson.databind.JsonNode;
import id.aduan.adapters.http.HttpRequest;
import id.aduan.adapters.http.HttpResponse;
import id.aduan.core.access.StaffMember;
import id.aduan.core.complaint.RejectionReason;
import id.aduan.core.desk.QueueDesk;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code POST /complaints/bulk-actions}: rejects many complaints at once with one reason,
 * {@code {"action": "REJECT", "rejection": "NOT_A_COMPLAINT"|"SPAM", "note"?, "complaints": [{"id", "version"}…]}}.
 * Answered 200 with one result per complaint, in the order given: its status and the complaint as it
 * now is, or its status and error as the single-complaint routes would answer it.
 */
final class BulkActions implements Route {

    private final Wiring wiring;

    BulkActions(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public HttpResponse handle(HttpRequest request, StaffMember staff, TenantDesks desks) {
        var body = JsonBody.parse(request.body()).allowing("action", "rejection", "note", "complaints");
        var action = body.requiredText("action");
        if (!action.strip().toUpperCase(Locale.ROOT).equals("REJECT")) {
            throw BadRequest.invalid("action", "error.bulk.action");
        }
        var reason = body.constant(RejectionReason.class, "rejection")
                .orElseThrow(() -> BadRequest.invalid("rejection", "error.bulk.rejection"));
        var outcomes = desks.queue.reject(staff, reason, body.text("note").orElse(null), targets(body.node("complaints")));
        var language = Route.language(request);
        var view = desks.view(staff, language);
        var results = new ArrayList<Map<String, Object>>();
        for (QueueDesk.Outcome outcome : outcomes) {
            var result = new LinkedHashMap<String, Object>();
            result.put("id", outcome.reference());
            switch (outcome) {
                case QueueDesk.Outcome.Done done -> {
                    result.put("status", 200);
                    result.put("complaint", view.summary(done.complaint()));
                }
                case QueueDesk.Outcome.Refused refused -> {
                    var refusal = ErrorResponses.refusal(refused.failure(), request.requestId(), wiring.runtime.log(),
                            language);
                    result.put("status", refusal.status());
                    result.put("error", refusal.error());
                }
            }
            results.add(result);
        }
        return HttpResponse.json(200, Map.of("results", results));
    }

    private static List<QueueDesk.Target> targets(JsonNode complaints) {
        if (!complaints.isArray()) {
            throw BadRequest.invalid("complaints", "error.bulk.size", QueueDesk.MOST_AT_ONCE);
        }
        var targets = new ArrayList<QueueDesk.Target>();
        for (JsonNode entry : complaints) {
            var id = entry.path("id");
            var version = entry.path("version");
            if (!entry.isObject() || entry.size() != 2 || !id.isTextual() || id.asText().isBlank()
                    || !version.isIntegralNumber() || !version.canConvertToLong() || version.asLong() < 0) {
                throw BadRequest.invalid("complaints", "error.bulk.entry");
            }
            targets.add(new QueueDesk.Target(id.asText().strip(), version.asLong()));
        }
        return targets;
    }
}

package id.aduan.webhook;

import id.aduan.adapters.http.HttpResponse;
import id.aduan.adapters.observability.LogContext;
import id.aduan.core.ingest.Deadline;
import id.aduan.core.ingest.DeliverySummary;
import id.aduan.core.ingest.IntakeResult;
import id.aduan.core.ingest.RawDelivery;
import id.aduan.core.ingest.WebhookSignature;
import java.util.LinkedHashMap;
import java.util.Map;

/** Receives one delivery and turns the outcome into Meta's answer, with its log line and metrics. */
final class DeliveryReception {

    private final Wiring wiring;

    DeliveryReception(Wiring wiring) {
        this.wiring = wiring;
    }

    /** Every log line of the delivery, here and in the stores, carries its id as the correlation id. */
    HttpResponse receive(byte[] body, String signature, String requestId, Deadline deadline) {
        return LogContext.with(LogContext.CORRELATION_ID, RawDelivery.idOf(body),
                () -> take(body, signature, requestId, deadline));
    }

    private HttpResponse take(byte[] body, String signature, String requestId, Deadline deadline) {
        long started = System.nanoTime();
        long requestsBefore = wiring.runtime.requests().total("DynamoDb");
        var log = wiring.runtime.log();
        IntakeResult result;
        try {
            result = wiring.intake.receive(body, signature, deadline);
        } catch (RuntimeException e) {
            log.error("delivery could not be stored; Meta will retry", e, Map.of("requestId", requestId));
            return HttpResponse.error(503, "STORAGE_UNAVAILABLE", "the delivery could not be stored; retry later");
        }
        var fields = new LinkedHashMap<String, Object>();
        fields.put("requestId", requestId);
        fields.put("bodyBytes", body.length);
        var response = switch (result) {
            case IntakeResult.Unauthenticated(var verdict) -> verdict == WebhookSignature.Verdict.MISSING
                    ? HttpResponse.error(401, "SIGNATURE_MISSING", "X-Hub-Signature-256 is required")
                    : HttpResponse.error(403, "SIGNATURE_INVALID", "X-Hub-Signature-256 does not match the body");
            case IntakeResult.Invalid(var id, var reason) -> {
                fields.put("delivery", id);
                yield HttpResponse.error(400, "NOT_AN_INSTAGRAM_DELIVERY", reason);
            }
            case IntakeResult.AlreadyProcessed(var id) -> {
                fields.put("delivery", id);
                yield HttpResponse.json(200, Map.of("delivery", id, "status", "ALREADY_PROCESSED"));
            }
            case IntakeResult.Processed(var id, var summary) -> {
                fields.put("delivery", id);
                fields.put("outcomes", summary.outcomes());
                fields.put("problems", summary.problems());
                yield HttpResponse.json(200, answer(id, summary));
            }
            case IntakeResult.NotFound(var id) -> throw new IllegalStateException("receiving cannot miss " + id);
        };
        long millis = (System.nanoTime() - started) / 1_000_000;
        long dynamoDbRequests = wiring.runtime.requests().total("DynamoDb") - requestsBefore;
        fields.put("status", response.status());
        fields.put("durationMillis", millis);
        fields.put("dynamoDbRequests", dynamoDbRequests);
        if (response.status() >= 400) {
            log.warn("delivery refused", fields);
        } else {
            log.info("delivery received", fields);
        }
        wiring.runtime.metrics().emit(metrics(result, millis, dynamoDbRequests));
        return response;
    }

    private static Map<String, Object> answer(String id, DeliverySummary summary) {
        var answer = new LinkedHashMap<String, Object>();
        answer.put("delivery", id);
        answer.put("status", summary.succeeded() ? "PROCESSED" : "STORED_FOR_RETRY");
        answer.put("outcomes", summary.outcomes());
        return answer;
    }

    private static Map<String, Number> metrics(IntakeResult result, long millis, long dynamoDbRequests) {
        var values = new LinkedHashMap<String, Number>();
        values.put("DeliveryMillis", millis);
        values.put("DynamoDbRequests", dynamoDbRequests);
        switch (result) {
            case IntakeResult.Unauthenticated u -> values.put("DeliveriesRejected", 1);
            case IntakeResult.Invalid i -> values.put("DeliveriesInvalid", 1);
            case IntakeResult.Processed(var id, var summary) -> {
                values.put("ComplaintsCreated", summary.outcomes().getOrDefault("created", 0));
                values.put("ChangeProblems", summary.problems().size());
            }
            default -> values.put("DeliveriesRepeated", 1);
        }
        return values;
    }
}

package id.aduan.webhook;

import id.aduan.adapters.http.HttpResponse;
import id.aduan.adapters.observability.LogContext;
import id.aduan.adapters.runtime.Invocation;
import id.aduan.core.ingest.IntakeResult;
import id.aduan.core.ingest.RawDelivery;
import id.aduan.core.ingest.ReceiveResult;
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
    HttpResponse receive(byte[] body, String signature, String requestId) {
        return LogContext.with(LogContext.CORRELATION_ID, RawDelivery.idOf(body),
                () -> take(body, signature, requestId));
    }

    private HttpResponse take(byte[] body, String signature, String requestId) {
        var invocation = Invocation.begin(wiring.runtime, null);
        var log = wiring.runtime.log();
        var result = wiring.intake.receive(body, signature);
        var fields = new LinkedHashMap<String, Object>();
        fields.put("requestId", requestId);
        fields.put("bodyBytes", body.length);
        var response = switch (result) {
            case ReceiveResult.NotStored notStored ->
                    HttpResponse.error(503, "STORAGE_UNAVAILABLE", "the delivery could not be stored; retry later");
            case ReceiveResult.Unauthenticated(var verdict) -> verdict == WebhookSignature.Verdict.MISSING
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
            case ReceiveResult.Accepted(var id, var queued) -> {
                fields.put("delivery", id);
                fields.put("queued", queued);
                yield HttpResponse.json(200, Map.of("delivery", id, "status", "ACCEPTED"));
            }
        };
        long millis = invocation.millis();
        long dynamoDbRequests = invocation.dynamoDbRequests();
        fields.put("status", response.status());
        fields.put("durationMillis", millis);
        fields.put("dynamoDbRequests", dynamoDbRequests);
        if (result instanceof ReceiveResult.NotStored(var step, var error)) {
            log.error("delivery could not be stored (" + step + "); Meta will retry", error, fields);
        } else if (response.status() >= 400) {
            log.warn("delivery refused", fields);
        } else if (Boolean.FALSE.equals(fields.get("queued"))) {
            log.warn("delivery stored but not queued; the scheduled retry takes it in", fields);
        } else {
            log.info("delivery received", fields);
        }
        wiring.runtime.metrics().emit(metrics(result, millis, dynamoDbRequests));
        return response;
    }

    private static Map<String, Number> metrics(ReceiveResult result, long millis, long dynamoDbRequests) {
        var values = new LinkedHashMap<String, Number>();
        values.put("DeliveryMillis", millis);
        values.put("DynamoDbRequests", dynamoDbRequests);
        switch (result) {
            case ReceiveResult.Unauthenticated u -> values.put("DeliveriesRejected", 1);
            case ReceiveResult.NotStored notStored -> {
                // Meta sends it again; its error line counts it.
            }
            case IntakeResult.Invalid i -> values.put("DeliveriesInvalid", 1);
            case ReceiveResult.Accepted(var id, var queued) -> {
                values.put("DeliveriesAccepted", 1);
                values.put("DeliveriesNotQueued", queued ? 0 : 1);
            }
            case IntakeResult.AlreadyProcessed a -> values.put("DeliveriesRepeated", 1);
        }
        return values;
    }
}

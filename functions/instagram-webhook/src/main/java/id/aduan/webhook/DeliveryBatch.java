package id.aduan.webhook;

import id.aduan.adapters.observability.LogContext;
import id.aduan.adapters.sqs.SqsBatch;
import id.aduan.adapters.sqs.SqsDeliveryQueue;
import id.aduan.core.ingest.IntakeResult;
import id.aduan.core.kernel.Deadline;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Takes in one batch of queued deliveries, one after the other (each takes its conversations in several
 * at a time already; more would crowd the table during a burst), and says which messages must come back.
 */
final class DeliveryBatch {

    /** What a batch did: each message's result, and the ids of those to deliver again. */
    record Processed(Map<String, IntakeResult> results, List<String> failedMessageIds) {
    }

    private final Wiring wiring;

    DeliveryBatch(Wiring wiring) {
        this.wiring = wiring;
    }

    Processed takeIn(List<SqsBatch.Message> messages, Deadline deadline) {
        var results = new LinkedHashMap<String, IntakeResult>();
        var failed = new ArrayList<String>();
        for (SqsBatch.Message message : messages) {
            var id = SqsDeliveryQueue.deliveryId(message.body());
            if (id.isEmpty()) {
                wiring.runtime.log().warn("queued message names no delivery; dropped", Map.of("messageId", message.messageId()));
                continue;
            }
            try {
                var result = LogContext.with(LogContext.CORRELATION_ID, id.get(), () -> {
                    var taken = wiring.intake.takeIn(id.get(), deadline);
                    record(message, taken);
                    return taken;
                });
                results.put(message.messageId(), result);
                if (!finished(result)) {
                    failed.add(message.messageId());
                }
            } catch (RuntimeException e) {
                wiring.runtime.log().error("queued delivery could not be taken in; it comes back", e,
                        Map.of("messageId", message.messageId(), "delivery", id.get()));
                failed.add(message.messageId());
            }
        }
        return new Processed(results, failed);
    }

    private void record(SqsBatch.Message message, IntakeResult result) {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("messageId", message.messageId());
        fields.put("receiveCount", message.receiveCount());
        fields.put("result", result.getClass().getSimpleName());
        var metrics = new LinkedHashMap<String, Number>();
        metrics.put("DeliveriesTakenIn", 1);
        if (result instanceof IntakeResult.Processed(var id, var summary)) {
            fields.put("delivery", id);
            fields.put("outcomes", summary.outcomes());
            fields.put("problems", summary.allProblems());
            fields.put("setAside", summary.deadLettered());
            metrics.put("ComplaintsCreated", summary.outcomes().getOrDefault("created", 0));
            metrics.put("ChangeProblems", summary.allProblems().size());
            metrics.put("DeliveriesSetAside", summary.deadLettered() ? 1 : 0);
        }
        if (finished(result)) {
            wiring.runtime.log().info("delivery taken in", fields);
        } else {
            wiring.runtime.log().warn("delivery not finished; it comes back", fields);
        }
        wiring.runtime.metrics().emit(metrics);
    }

    private static boolean finished(IntakeResult result) {
        return !(result instanceof IntakeResult.Processed(var id, var summary)) || summary.settled();
    }
}

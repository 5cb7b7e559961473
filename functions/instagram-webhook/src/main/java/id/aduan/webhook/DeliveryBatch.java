package id.aduan.webhook;

import id.aduan.adapters.sqs.SqsBatch;
import id.aduan.adapters.sqs.SqsDeliveryQueue;
import id.aduan.core.ingest.Deadline;
import id.aduan.core.ingest.IntakeResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Takes in one batch of queued deliveries, each on its own virtual thread (they are independent; their
 * changes meet only at the table's conditional writes), and says which messages must come back.
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
        var futures = new LinkedHashMap<SqsBatch.Message, Future<IntakeResult>>();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (SqsBatch.Message message : messages) {
                SqsDeliveryQueue.deliveryId(message.body()).ifPresentOrElse(
                        id -> futures.put(message, executor.submit(() -> wiring.intake.takeIn(id, deadline))),
                        () -> wiring.runtime.log().warn("queued message names no delivery; dropped",
                                Map.of("messageId", message.messageId())));
            }
        }
        var results = new LinkedHashMap<String, IntakeResult>();
        var failed = new ArrayList<String>();
        futures.forEach((message, future) -> {
            var result = outcome(message, future);
            if (result == null || !finished(result)) {
                failed.add(message.messageId());
            }
            if (result != null) {
                results.put(message.messageId(), result);
            }
        });
        return new Processed(results, failed);
    }

    /** The delivery's result; null when taking it in failed before it could record anything. */
    private IntakeResult outcome(SqsBatch.Message message, Future<IntakeResult> future) {
        try {
            var result = future.get();
            record(message, result);
            return result;
        } catch (ExecutionException e) {
            wiring.runtime.log().error("queued delivery could not be taken in; it comes back", e.getCause(),
                    Map.of("messageId", message.messageId()));
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
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

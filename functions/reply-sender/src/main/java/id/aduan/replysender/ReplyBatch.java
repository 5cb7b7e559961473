package id.aduan.replysender;

import id.aduan.adapters.observability.LogContext;
import id.aduan.adapters.sqs.QueuedReplyJson;
import id.aduan.adapters.sqs.SqsBatch;
import id.aduan.core.kernel.Deadline;
import id.aduan.core.kernel.Tenant;
import id.aduan.core.reply.DeliveryOutcome;
import id.aduan.core.reply.QueuedReply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sends one batch of queued replies, one after the other, and decides what becomes of each message:
 * done (deleted), back on the queue after a delay (reported as failed, its visibility changed first), sent
 * again as a new message while it waits for the private-reply budget, or moved to the dead-letter queue
 * when it cannot be read or names a tenant the stack does not serve. Each is sent through its tenant's
 * stores. Logs ids and outcomes, never the text.
 */
final class ReplyBatch {

    /** Below this, no new reply is started: a send must finish and be recorded within the time limit. */
    private static final Duration SAFETY_MARGIN = Duration.ofSeconds(15);

    private final Wiring wiring;
    private final Map<String, Integer> counts = new TreeMap<>();

    ReplyBatch(Wiring wiring) {
        this.wiring = wiring;
    }

    /** Returns the ids of the messages that stay on the queue. */
    List<String> send(List<SqsBatch.Message> messages, Deadline deadline) {
        var staying = new ArrayList<String>();
        for (SqsBatch.Message message : messages) {
            if (deadline.remaining().compareTo(SAFETY_MARGIN) < 0) {
                count("RepliesPostponed");
                staying.add(message.messageId());
                continue;
            }
            if (!finish(message)) {
                staying.add(message.messageId());
            }
        }
        wiring.runtime.metrics().emit(counts);
        return staying;
    }

    /** True when the message is done with and may be deleted. */
    private boolean finish(SqsBatch.Message message) {
        QueuedReplyJson.TenantReply queued;
        try {
            queued = QueuedReplyJson.read(message.body(), wiring.tenants);
        } catch (IllegalArgumentException unreadable) {
            return deadLetter(message, unreadable.getMessage(), null);
        }
        return LogContext.aboutComplaint(queued.reply().complaintId().value(), message.correlationId(),
                () -> finish(message, queued.tenant(), queued.reply()));
    }

    /** Within the complaint's log scope, with the correlation id the message carries; through its tenant's stores. */
    private boolean finish(SqsBatch.Message message, Tenant tenant, QueuedReply reply) {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("messageId", message.messageId());
        fields.put("tenant", tenant.id());
        fields.put("replyId", reply.replyId());
        fields.put("complaintId", reply.complaintId().value());
        fields.put("method", reply.method().name());
        fields.put("attempt", message.receiveCount());
        DeliveryOutcome outcome;
        try {
            wiring.pacing.awaitTurn();
            outcome = wiring.deliveries.apply(tenant).deliver(reply, message.receiveCount());
        } catch (RuntimeException e) {
            count("ReplyErrors");
            wiring.runtime.log().error("reply not handled; its message comes back after the visibility timeout", e,
                    fields);
            return false;
        }
        fields.put("outcome", outcome.getClass().getSimpleName());
        return switch (outcome) {
            case DeliveryOutcome.Sent(var instagramId) -> done("RepliesSent", fields);
            case DeliveryOutcome.Failed(var reason) -> {
                fields.put("reason", reason);
                yield done("RepliesFailed", fields);
            }
            case DeliveryOutcome.Uncertain uncertain -> done("RepliesUncertain", fields);
            case DeliveryOutcome.AlreadyHandled handled -> done("RepliesAlreadyHandled", fields);
            case DeliveryOutcome.RetryLater(var delay) -> later(message, delay, "RepliesRetried", fields);
            case DeliveryOutcome.Deferred(var delay) -> later(message, delay, "RepliesDeferred", fields);
            case DeliveryOutcome.AwaitingBudget(var delay) -> sendAgain(message, delay, fields);
            case DeliveryOutcome.Unprocessable(var reason) -> deadLetter(message, reason, fields);
        };
    }

    private boolean done(String metric, Map<String, Object> fields) {
        count(metric);
        wiring.runtime.log().info("reply handled", fields);
        return true;
    }

    private boolean later(SqsBatch.Message message, Duration delay, String metric, Map<String, Object> fields) {
        count(metric);
        fields.put("delaySeconds", delay.toSeconds());
        try {
            wiring.redelivery.returnAfter(message, delay);
        } catch (RuntimeException e) {
            wiring.runtime.log().error("delay not set; the message comes back after the visibility timeout", e, fields);
            return false;
        }
        wiring.runtime.log().info("reply comes back later", fields);
        return false;
    }

    /**
     * A reply may wait for the budget through more buckets than the queue allows receives before its
     * dead-letter queue; a new message starts counting again, and the reply's own wait is bounded in core.
     */
    private boolean sendAgain(SqsBatch.Message message, Duration delay, Map<String, Object> fields) {
        count("RepliesAwaitingBudget");
        fields.put("delaySeconds", delay.toSeconds());
        try {
            wiring.redelivery.sendAgainAfter(message, delay);
        } catch (RuntimeException e) {
            wiring.runtime.log().error("not queued again; the message comes back after the visibility timeout", e,
                    fields);
            return false;
        }
        wiring.runtime.log().info("reply waits for the private-reply budget", fields);
        return true;
    }

    /** An unreadable message is moved aside once, not received again and again until SQS gives up. */
    private boolean deadLetter(SqsBatch.Message message, String reason, Map<String, Object> known) {
        var fields = known == null ? new LinkedHashMap<String, Object>() : known;
        fields.put("messageId", message.messageId());
        fields.put("reason", reason);
        try {
            wiring.redelivery.deadLetter(message, reason);
        } catch (RuntimeException e) {
            count("ReplyErrors");
            wiring.runtime.log().error("message not moved to the dead-letter queue", e, fields);
            return false;
        }
        count("RepliesDeadLettered");
        wiring.runtime.log().warn("reply message moved to the dead-letter queue", fields);
        return true;
    }

    private void count(String metric) {
        counts.merge(metric, 1, Integer::sum);
    }
}

package id.aduan.adapters.sqs;

import id.aduan.adapters.observability.LogContext;
import id.aduan.core.reply.QueuedReply;
import id.aduan.core.kernel.Tenant;
import id.aduan.core.reply.ReplyQueue;
import java.util.function.Supplier;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Puts replies on the SQS reply queue, one message each, read by the reply sender; each carries the
 * correlation id of the scope it is queued in.
 */
public final class SqsReplyQueue implements ReplyQueue {

    private final Supplier<SqsClient> sqs;
    private final String queueUrl;
    private final Tenant tenant;

    /** With the client built on the first reply queued; every reply it queues is {@code tenant}'s. */
    public SqsReplyQueue(Supplier<SqsClient> sqs, String queueUrl, Tenant tenant) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
        this.tenant = tenant;
    }

    @Override
    public void enqueue(QueuedReply reply) {
        sqs.get().sendMessage(request -> request.queueUrl(queueUrl).messageBody(QueuedReplyJson.write(tenant, reply))
                .messageAttributes(CorrelationAttribute.of(LogContext.correlationId().orElse(null))));
    }
}

package id.aduan.adapters.sqs;

import id.aduan.adapters.observability.LogContext;
import id.aduan.core.reply.QueuedReply;
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

    /** With the client built on the first reply queued. */
    public SqsReplyQueue(Supplier<SqsClient> sqs, String queueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
    }

    @Override
    public void enqueue(QueuedReply reply) {
        sqs.get().sendMessage(request -> request.queueUrl(queueUrl).messageBody(QueuedReplyJson.write(reply))
                .messageAttributes(CorrelationAttribute.of(LogContext.correlationId().orElse(null))));
    }
}

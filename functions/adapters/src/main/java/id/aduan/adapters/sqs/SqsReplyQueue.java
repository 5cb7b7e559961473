package id.aduan.adapters.sqs;

import id.aduan.adapters.observability.LogContext;
import id.aduan.core.port.ReplyQueue;
import id.aduan.core.reply.QueuedReply;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Puts replies on the SQS reply queue, one message each, read by the reply sender; each carries the
 * correlation id of the scope it is queued in.
 */
public final class SqsReplyQueue implements ReplyQueue {

    private final SqsClient sqs;
    private final String queueUrl;

    public SqsReplyQueue(SqsClient sqs, String queueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
    }

    @Override
    public void enqueue(QueuedReply reply) {
        sqs.sendMessage(request -> request.queueUrl(queueUrl).messageBody(QueuedReplyJson.write(reply))
                .messageAttributes(CorrelationAttribute.of(LogContext.correlationId().orElse(null))));
    }
}

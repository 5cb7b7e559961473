package id.aduan.testkit;

import java.util.List;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/**
 * Hands what a queue holds to its consumer, as Lambda's event source mapping would, until nothing is
 * visible: tests see a queued delivery's effect as soon as the call returns, without sleeping. Messages
 * the consumer reports as failed stay (invisible until their visibility timeout), as in AWS.
 */
public final class QueueDrain {

    private static final int LAMBDA_BATCH = 10;

    private final Deployment deployment;
    private final String queueLogicalId;
    private final UnaryOperator<byte[]> consumer;

    /** {@code consumer} takes an SQS event and answers with its partial batch response. */
    public QueueDrain(Deployment deployment, String queueLogicalId, UnaryOperator<byte[]> consumer) {
        this.deployment = deployment;
        this.queueLogicalId = queueLogicalId;
        this.consumer = consumer;
    }

    /** Delivers every visible message; returns how many were handed to the consumer. */
    public int drain() {
        var url = deployment.ref(queueLogicalId);
        var arn = deployment.arn(queueLogicalId);
        int handed = 0;
        while (true) {
            List<Message> batch = deployment.sqs().receiveMessage(request -> request.queueUrl(url)
                    .maxNumberOfMessages(LAMBDA_BATCH).waitTimeSeconds(0)
                    .messageSystemAttributeNames(MessageSystemAttributeName.ALL)).messages();
            if (batch.isEmpty()) {
                return handed;
            }
            handed += batch.size();
            var failed = SqsEvents.failedIds(consumer.apply(SqsEvents.event(batch, arn)), batch);
            batch.stream().filter(message -> !failed.contains(message.messageId())).forEach(message ->
                    deployment.sqs().deleteMessage(request -> request.queueUrl(url)
                            .receiptHandle(message.receiptHandle())));
        }
    }
}

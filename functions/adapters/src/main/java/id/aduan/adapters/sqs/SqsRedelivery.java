package id.aduan.adapters.sqs;

import java.time.Duration;
import java.util.Map;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/**
 * What a consumer does with a message it does not finish: hands it back to come again after a delay
 * (its visibility timeout changed before it is reported as failed), or moves it to the dead-letter queue
 * at once when no later delivery could succeed.
 */
public final class SqsRedelivery {

    /** SQS keeps a message invisible for 12 hours at most. */
    public static final Duration LONGEST_DELAY = Duration.ofHours(12);

    private final SqsClient sqs;
    private final String queueUrl;
    private final String deadLetterQueueUrl;

    public SqsRedelivery(SqsClient sqs, String queueUrl, String deadLetterQueueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
        this.deadLetterQueueUrl = deadLetterQueueUrl;
    }

    public void returnAfter(SqsBatch.Message message, Duration delay) {
        long seconds = Math.clamp((delay.toMillis() + 999) / 1000, 0, LONGEST_DELAY.toSeconds());
        sqs.changeMessageVisibility(request -> request.queueUrl(queueUrl).receiptHandle(message.receiptHandle())
                .visibilityTimeout((int) seconds));
    }

    /** Copies the message to the dead-letter queue with the reason; the caller then lets SQS delete it. */
    public void deadLetter(SqsBatch.Message message, String reason) {
        sqs.sendMessage(request -> request.queueUrl(deadLetterQueueUrl).messageBody(message.body())
                .messageAttributes(Map.of(
                        "reason", text(reason),
                        "sourceMessageId", text(message.messageId()))));
    }

    private static MessageAttributeValue text(String value) {
        return MessageAttributeValue.builder().dataType("String").stringValue(value).build();
    }
}

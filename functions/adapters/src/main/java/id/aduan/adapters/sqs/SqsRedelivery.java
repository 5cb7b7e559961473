package id.aduan.adapters.sqs;

import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/**
 * What a consumer does with a message it does not finish: hands it back to come again after a delay
 * (its visibility timeout changed before it is reported as failed), sends a copy to come after a delay as
 * a new message (the original then deleted), or moves it to the dead-letter queue at once when no later
 * delivery could succeed.
 */
public final class SqsRedelivery {

    /**
     * SQS keeps a message invisible for 12 hours at most, counted from when it was received, and refuses
     * a change that asks for more than the time left; a consumer changes it well within the queue's
     * visibility timeout (3 minutes) of receiving it, so 12 hours less 5 minutes always fits.
     */
    public static final Duration LONGEST_DELAY = Duration.ofHours(12).minusMinutes(5);
    /** SQS delays a new message by 15 minutes at most. */
    public static final Duration LONGEST_SEND_DELAY = Duration.ofMinutes(15);

    private final Supplier<SqsClient> sqs;
    private final String queueUrl;
    private final String deadLetterQueueUrl;

    /** With the client built when a message first needs it: a sent reply needs none. */
    public SqsRedelivery(Supplier<SqsClient> sqs, String queueUrl, String deadLetterQueueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
        this.deadLetterQueueUrl = deadLetterQueueUrl;
    }

    public void returnAfter(SqsBatch.Message message, Duration delay) {
        sqs.get().changeMessageVisibility(request -> request.queueUrl(queueUrl).receiptHandle(message.receiptHandle())
                .visibilityTimeout(seconds(delay, LONGEST_DELAY)));
    }

    /**
     * Puts a copy of the message on the queue, delivered after {@code delay} as a new message whose
     * receive count starts again; the caller then lets SQS delete the original.
     */
    public void sendAgainAfter(SqsBatch.Message message, Duration delay) {
        sqs.get().sendMessage(request -> request.queueUrl(queueUrl).messageBody(message.body())
                .messageAttributes(CorrelationAttribute.of(message.correlationId()))
                .delaySeconds(seconds(delay, LONGEST_SEND_DELAY)));
    }

    /** Copies the message to the dead-letter queue with the reason; the caller then lets SQS delete it. */
    public void deadLetter(SqsBatch.Message message, String reason) {
        sqs.get().sendMessage(request -> request.queueUrl(deadLetterQueueUrl).messageBody(message.body())
                .messageAttributes(Map.of(
                        "reason", text(reason),
                        "sourceMessageId", text(message.messageId()))));
    }

    /** Whole seconds, rounded up so that the message never comes back early, within SQS's bound. */
    private static int seconds(Duration delay, Duration longest) {
        return (int) Math.clamp((delay.toMillis() + 999) / 1000, 0, longest.toSeconds());
    }

    private static MessageAttributeValue text(String value) {
        return MessageAttributeValue.builder().dataType("String").stringValue(value).build();
    }
}

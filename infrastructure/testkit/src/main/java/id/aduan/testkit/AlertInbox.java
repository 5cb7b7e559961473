package id.aduan.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * A test-only SQS queue subscribed to the alerts topic: what SNS delivered, as a subscriber sees it
 * (subject, text and message attributes).
 */
public final class AlertInbox {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Deployment deployment;
    private final String queueUrl;

    public AlertInbox(Deployment deployment) {
        this.deployment = deployment;
        var sqs = deployment.sqs();
        this.queueUrl = sqs.createQueue(request -> request.queueName("aduan-test-alert-inbox")).queueUrl();
        var queueArn = sqs.getQueueAttributes(request -> request.queueUrl(queueUrl)
                .attributeNames(QueueAttributeName.QUEUE_ARN)).attributes().get(QueueAttributeName.QUEUE_ARN);
        deployment.sns().subscribe(request -> request.topicArn(deployment.ref("AlertsTopic")).protocol("sqs")
                .endpoint(queueArn));
    }

    /** One message: its text (the body) and the government it names in its {@code tenant} attribute, if any. */
    public record Delivered(String subject, String text, String tenant, Map<String, String> attributes) {
        public String attribute(String name) {
            return attributes.get(name);
        }
    }

    /** Everything delivered since the last call. */
    public List<Delivered> take() {
        var delivered = new ArrayList<Delivered>();
        while (true) {
            var messages = deployment.sqs().receiveMessage(request -> request.queueUrl(queueUrl)
                    .maxNumberOfMessages(10).waitTimeSeconds(0)).messages();
            if (messages.isEmpty()) {
                return delivered;
            }
            for (Message message : messages) {
                delivered.add(read(message.body()));
                deployment.sqs().deleteMessage(request -> request.queueUrl(queueUrl)
                        .receiptHandle(message.receiptHandle()));
            }
        }
    }

    private static Delivered read(String notificationJson) {
        try {
            JsonNode notification = JSON.readTree(notificationJson);
            var attributes = new LinkedHashMap<String, String>();
            notification.path("MessageAttributes").properties()
                    .forEach(entry -> attributes.put(entry.getKey(), entry.getValue().path("Value").asText()));
            return new Delivered(notification.path("Subject").asText(null), notification.path("Message").asText(),
                    attributes.get("tenant"), attributes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

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

    /**
     * One message: {@code body} as SNS delivered it; {@code text} and {@code tenant} read out of a body
     * that names its tenant ({@code {"tenant": …, "text": …}}), else the body and null.
     */
    public record Delivered(String subject, String body, String text, String tenant, Map<String, String> attributes) {
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
            var body = notification.path("Message").asText();
            var tenantBody = body.startsWith("{") ? tenantBody(body) : null;
            return tenantBody == null
                    ? new Delivered(notification.path("Subject").asText(null), body, body, null, attributes)
                    : new Delivered(notification.path("Subject").asText(null), body,
                            tenantBody.path("text").asText(), tenantBody.path("tenant").asText(), attributes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode tenantBody(String body) {
        try {
            var json = JSON.readTree(body);
            return json.has("tenant") && json.has("text") ? json : null;
        } catch (IOException notJson) {
            return null;
        }
    }
}

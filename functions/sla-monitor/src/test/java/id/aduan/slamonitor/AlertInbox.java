package id.aduan.slamonitor;

import com.fasterxml.jackson.databind.JsonNode;
import id.aduan.adapters.json.Json;
import id.aduan.testkit.Deployment;
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
final class AlertInbox {

    private final Deployment deployment;
    private final String queueUrl;

    AlertInbox(Deployment deployment) {
        this.deployment = deployment;
        var sqs = deployment.sqs();
        this.queueUrl = sqs.createQueue(request -> request.queueName("aduan-test-alert-inbox")).queueUrl();
        var queueArn = sqs.getQueueAttributes(request -> request.queueUrl(queueUrl)
                .attributeNames(QueueAttributeName.QUEUE_ARN)).attributes().get(QueueAttributeName.QUEUE_ARN);
        deployment.sns().subscribe(request -> request.topicArn(deployment.ref("AlertsTopic")).protocol("sqs")
                .endpoint(queueArn));
    }

    record Delivered(String subject, String text, Map<String, String> attributes) {
        String attribute(String name) {
            return attributes.get(name);
        }
    }

    /** Everything delivered since the last call. */
    List<Delivered> take() {
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

    private static Delivered read(String body) {
        try {
            JsonNode notification = Json.mapper().readTree(body);
            var attributes = new LinkedHashMap<String, String>();
            notification.path("MessageAttributes").properties()
                    .forEach(entry -> attributes.put(entry.getKey(), entry.getValue().path("Value").asText()));
            return new Delivered(notification.path("Subject").asText(null), notification.path("Message").asText(),
                    attributes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

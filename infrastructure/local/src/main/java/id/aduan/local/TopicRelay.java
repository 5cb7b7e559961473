package id.aduan.local;

import com.fasterxml.jackson.databind.JsonNode;
import id.aduan.adapters.json.Json;
import id.aduan.testkit.Deployment;
import id.aduan.testkit.SamTemplate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Delivers what is published to the template's SNS topics: into the alert log, and as an SNS event
 * (an asynchronous invocation) to every function with an {@code SNS} event on the topic. The emulator
 * cannot call functions in this JVM, so each topic gets an internal SQS queue subscribed to it, which
 * this relay reads.
 */
final class TopicRelay {

    private final SamTemplate template;
    private final Deployment deployment;
    private final String stack;
    private final AsyncInvoker invoker;
    private final AlertLog alerts;
    private final RunLog log;

    TopicRelay(Deployment deployment, String stack, AsyncInvoker invoker, AlertLog alerts, RunLog log) {
        this.template = deployment.template();
        this.deployment = deployment;
        this.stack = stack;
        this.invoker = invoker;
        this.alerts = alerts;
        this.log = log;
    }

    /** Functions subscribed to a topic, by the topic's logical id. */
    static Map<String, List<String>> subscribers(SamTemplate template) {
        var subscribers = new LinkedHashMap<String, List<String>>();
        template.resourcesOfType("AWS::SNS::Topic").forEach(topic -> subscribers.put(topic.logicalId(), new ArrayList<>()));
        for (SamTemplate.Function function : template.functions()) {
            for (SamTemplate.Event event : function.events()) {
                if (event.type().equals("SNS")) {
                    var topic = SamTemplate.referencedLogicalId(event.properties().get("Topic"),
                            function.logicalId() + " " + event.name() + " Topic");
                    subscribers.computeIfAbsent(topic, t -> new ArrayList<>()).add(function.logicalId());
                }
            }
        }
        return subscribers;
    }

    List<ReceiveLoop> start() {
        var loops = new ArrayList<ReceiveLoop>();
        subscribers(template).forEach((topic, functions) -> {
            var sqs = deployment.sqs();
            var queueUrl = sqs.createQueue(request -> request.queueName(stack + "-relay-" + topic)).queueUrl();
            var queueArn = sqs.getQueueAttributes(request -> request.queueUrl(queueUrl)
                    .attributeNames(QueueAttributeName.QUEUE_ARN)).attributes().get(QueueAttributeName.QUEUE_ARN);
            deployment.sns().subscribe(request -> request.topicArn(deployment.ref(topic)).protocol("sqs").endpoint(queueArn));
            loops.add(new ReceiveLoop("topic-" + topic, sqs, queueUrl, 10,
                    batch -> relay(topic, functions, batch), log).start());
        });
        return loops;
    }

    private List<Message> relay(String topic, List<String> functions, List<Message> batch) {
        for (Message message : batch) {
            var notification = read(message.body());
            alerts.add(new AlertLog.Alert(topic, notification.path("MessageId").asText(),
                    Instant.parse(notification.path("Timestamp").asText(Instant.EPOCH.toString())),
                    notification.hasNonNull("Subject") ? notification.path("Subject").asText() : null,
                    notification.path("Message").asText()));
            for (String function : functions) {
                invoker.invoke(function, "topic " + topic, event(notification, function));
            }
        }
        return batch;
    }

    /** Lambda's SNS event: the notification, with its URL fields spelled as Lambda spells them. */
    private static byte[] event(JsonNode notification, String function) {
        var sns = new LinkedHashMap<String, Object>();
        sns.put("Type", notification.path("Type").asText("Notification"));
        sns.put("MessageId", notification.path("MessageId").asText());
        sns.put("TopicArn", notification.path("TopicArn").asText());
        sns.put("Subject", notification.hasNonNull("Subject") ? notification.path("Subject").asText() : null);
        sns.put("Message", notification.path("Message").asText());
        sns.put("Timestamp", notification.path("Timestamp").asText());
        sns.put("SignatureVersion", notification.path("SignatureVersion").asText("1"));
        sns.put("Signature", notification.path("Signature").asText(""));
        sns.put("SigningCertUrl", notification.path("SigningCertURL").asText(""));
        sns.put("UnsubscribeUrl", notification.path("UnsubscribeURL").asText(""));
        var attributes = notification.path("MessageAttributes");
        sns.put("MessageAttributes", attributes.isObject() ? attributes : Map.of());
        var record = new LinkedHashMap<String, Object>();
        record.put("EventVersion", "1.0");
        record.put("EventSubscriptionArn", notification.path("TopicArn").asText() + ":" + function);
        record.put("EventSource", "aws:sns");
        record.put("Sns", sns);
        return Json.write(Map.of("Records", List.of(record))).getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode read(String body) {
        try {
            return Json.mapper().readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("an SNS notification that is not JSON", e);
        }
    }
}

package id.aduan.local;

import com.fasterxml.jackson.databind.JsonNode;
import id.aduan.adapters.json.Json;
import id.aduan.testkit.AwsEmulator;
import id.aduan.testkit.Deployment;
import id.aduan.testkit.SamTemplate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/**
 * Lambda's SQS event source mapping, locally: hands the function batches of up to {@code BatchSize}
 * messages as an SQS event and deletes those that succeeded. With {@code ReportBatchItemFailures}, the
 * messages the function lists in {@code batchItemFailures} stay (a malformed list fails the whole
 * batch); without it, or when the function fails, the whole batch stays. Messages that stay come
 * back after the visibility timeout, and the queue's own {@code RedrivePolicy} moves them to its DLQ.
 */
final class QueuePoller {

    private static final int LAMBDA_DEFAULT_BATCH = 10;

    private final Source source;
    private final Deployment deployment;
    private final FunctionHost host;
    private final RunLog log;

    /** One {@code SQS} event of a function. */
    record Source(String function, String event, String queue, int batchSize, boolean reportsItemFailures) {
    }

    QueuePoller(Source source, Deployment deployment, FunctionHost host, RunLog log) {
        this.source = source;
        this.deployment = deployment;
        this.host = host;
        this.log = log;
    }

    static List<Source> read(SamTemplate template) {
        var sources = new ArrayList<Source>();
        for (SamTemplate.Function function : template.functions()) {
            for (SamTemplate.Event event : function.events()) {
                if (event.type().equals("SQS")) {
                    var properties = event.properties();
                    var queue = SamTemplate.referencedLogicalId(properties.get("Queue"),
                            function.logicalId() + " " + event.name() + " Queue");
                    var batch = properties.get("BatchSize") instanceof Number n ? n.intValue() : LAMBDA_DEFAULT_BATCH;
                    var responseTypes = properties.get("FunctionResponseTypes") instanceof List<?> types ? types : List.of();
                    sources.add(new Source(function.logicalId(), event.name(), queue, batch,
                            responseTypes.contains("ReportBatchItemFailures")));
                }
            }
        }
        return List.copyOf(sources);
    }

    ReceiveLoop start() {
        return new ReceiveLoop("queue-" + source.queue() + "-" + source.function(), deployment.sqs(),
                deployment.ref(source.queue()), source.batchSize(), this::deliver, log).start();
    }

    private List<Message> deliver(List<Message> batch) {
        long started = System.nanoTime();
        var trigger = source.function() + " <- queue " + source.queue() + " (" + batch.size() + " messages)";
        try {
            var result = host.invoke(source.function(), event(batch));
            var failed = source.reportsItemFailures() ? failedIds(result, batch) : Set.<String>of();
            log.line(trigger + ": " + (failed.isEmpty() ? "ok" : failed.size() + " failed") + " in "
                    + RunLog.millisSince(started) + " ms");
            return batch.stream().filter(message -> !failed.contains(message.messageId())).toList();
        } catch (FunctionFailure failure) {
            log.line(trigger + ": failed (" + failure.errorType() + ": " + failure.getMessage() + "); the batch stays");
            return List.of();
        }
    }

    /** The ids the function reported as failed; every id of the batch when the report is malformed. */
    static Set<String> failedIds(byte[] result, List<Message> batch) {
        var all = new HashSet<String>();
        batch.forEach(message -> all.add(message.messageId()));
        JsonNode report;
        try {
            report = Json.mapper().readTree(result);
        } catch (IOException notJson) {
            return all;
        }
        var failed = new HashSet<String>();
        if (report == null || !report.path("batchItemFailures").isArray()) {
            return failed;
        }
        for (JsonNode failure : report.path("batchItemFailures")) {
            var id = failure.path("itemIdentifier").asText("");
            if (!all.contains(id)) {
                return all;
            }
            failed.add(id);
        }
        return failed;
    }

    private byte[] event(List<Message> batch) {
        var queueArn = deployment.arn(source.queue());
        var records = batch.stream().map(message -> {
            var record = new LinkedHashMap<String, Object>();
            record.put("messageId", message.messageId());
            record.put("receiptHandle", message.receiptHandle());
            record.put("body", message.body());
            record.put("attributes", message.attributesAsStrings());
            record.put("messageAttributes", attributes(message.messageAttributes()));
            record.put("md5OfBody", message.md5OfBody());
            record.put("eventSource", "aws:sqs");
            record.put("eventSourceARN", queueArn);
            record.put("awsRegion", AwsEmulator.REGION);
            return record;
        }).toList();
        return Json.write(Map.of("Records", records)).getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, Object> attributes(Map<String, MessageAttributeValue> attributes) {
        var converted = new LinkedHashMap<String, Object>();
        attributes.forEach((name, value) -> {
            var attribute = new LinkedHashMap<String, Object>();
            if (value.stringValue() != null) {
                attribute.put("stringValue", value.stringValue());
            }
            if (value.binaryValue() != null) {
                attribute.put("binaryValue", Base64.getEncoder().encodeToString(value.binaryValue().asByteArray()));
            }
            attribute.put("stringListValues", value.stringListValues());
            attribute.put("binaryListValues", List.of());
            attribute.put("dataType", value.dataType());
            converted.put(name, attribute);
        });
        return converted;
    }
}

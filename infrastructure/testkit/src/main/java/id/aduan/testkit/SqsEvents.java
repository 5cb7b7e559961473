package id.aduan.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/** Lambda's SQS event for a batch of received messages, and the partial batch response that answers it. */
public final class SqsEvents {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SqsEvents() {
    }

    /** The event Lambda's event source mapping hands a function for {@code batch} from {@code queueArn}. */
    public static byte[] event(List<Message> batch, String queueArn) {
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
        try {
            return MAPPER.writeValueAsString(Map.of("Records", records)).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an SQS event is plain JSON", e);
        }
    }

    /** The ids the function reported as failed; every id of the batch when the report is malformed. */
    public static Set<String> failedIds(byte[] result, List<Message> batch) {
        var all = new HashSet<String>();
        batch.forEach(message -> all.add(message.messageId()));
        JsonNode report;
        try {
            report = MAPPER.readTree(result);
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

package id.aduan.adapters.sqs;

import id.aduan.adapters.json.JsonReader;
import id.aduan.adapters.json.JsonValue;
import id.aduan.adapters.json.JsonWriter;
import id.aduan.adapters.observability.LogContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lambda's SQS event and the partial batch response that answers it: the messages listed as failed stay
 * on the queue, every other one is deleted, so one bad message does not bring the good ones back.
 */
public final class SqsBatch {

    private SqsBatch() {
    }

    /**
     * One message of the batch; {@code receiveCount} counts its deliveries, this one included;
     * {@code correlationId} is its attribute of that name, null when it has none.
     */
    public record Message(String messageId, String receiptHandle, String body, int receiveCount,
                          String correlationId) {
    }

    public static List<Message> read(InputStream event) throws IOException {
        JsonValue root = JsonReader.read(event);
        var messages = new ArrayList<Message>();
        for (JsonValue record : root.path("Records")) {
            messages.add(new Message(record.path("messageId").asText(), record.path("receiptHandle").asText(),
                    record.path("body").asText(""),
                    Math.max(1, record.path("attributes").path("ApproximateReceiveCount").asInt(1)),
                    record.path("messageAttributes").path(LogContext.CORRELATION_ID).path("stringValue")
                            .asText(null)));
        }
        return messages;
    }

    public static void writeResponse(List<String> failedMessageIds, OutputStream out) throws IOException {
        var failures = failedMessageIds.stream().map(id -> Map.of("itemIdentifier", id)).toList();
        JsonWriter.write(Map.of("batchItemFailures", failures), out);
    }
}

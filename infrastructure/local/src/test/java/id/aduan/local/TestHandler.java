package id.aduan.local;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import id.aduan.adapters.config.Settings;
import id.aduan.adapters.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The handler of every function in the test template. It records each event it receives, by function,
 * and then does what its {@code BEHAVIOUR} setting says: {@code record} (answers {}), {@code echo}
 * (answers 200 with the event as body), {@code batch} (reports SQS records whose body starts with
 * "fail" as failed), {@code fail} (throws) or {@code sleep} (outlasts any timeout).
 */
public final class TestHandler implements RequestStreamHandler {

    private static final Map<String, BlockingQueue<JsonNode>> RECEIVED = new ConcurrentHashMap<>();

    private final String behaviour;

    public TestHandler(Settings settings) {
        this.behaviour = settings.required("BEHAVIOUR");
    }

    static BlockingQueue<JsonNode> received(String function) {
        return RECEIVED.computeIfAbsent(function, f -> new LinkedBlockingQueue<>());
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        var event = Json.mapper().readTree(input);
        received(context.getFunctionName()).add(event);
        Object answer = switch (behaviour) {
            case "echo" -> Map.of("statusCode", 200, "headers", Map.of("content-type", "application/json"),
                    "body", Json.write(event));
            case "batch" -> Map.of("batchItemFailures", failedRecords(event));
            case "fail" -> throw new IllegalStateException("failing on purpose");
            case "sleep" -> {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                yield Map.of();
            }
            default -> Map.of();
        };
        Json.mapper().writeValue(output, answer);
    }

    private static List<Map<String, String>> failedRecords(JsonNode event) {
        var failed = new ArrayList<Map<String, String>>();
        for (JsonNode record : event.path("Records")) {
            if (record.path("body").asText().startsWith("fail")) {
                failed.add(Map.of("itemIdentifier", record.path("messageId").asText()));
            }
        }
        return failed;
    }
}

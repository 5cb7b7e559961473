package id.aduan.adapters.sqs;

import id.aduan.adapters.json.JsonReader;
import id.aduan.adapters.json.JsonWriter;
import id.aduan.adapters.json.MalformedJsonException;
import id.aduan.core.ingest.DeliveryQueue;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Puts stored deliveries on the SQS delivery queue, one message each: {@code {"delivery": "<sha-256>"}}.
 * The message names the stored body rather than carrying it, so it stays small whatever Meta sent.
 */
public final class SqsDeliveryQueue implements DeliveryQueue {

    private static final Pattern DELIVERY_ID = Pattern.compile("[0-9a-f]{64}");

    private final Supplier<SqsClient> sqs;
    private final String queueUrl;

    /** With the client built on the first delivery queued: the processor and the retry sweep rarely queue. */
    public SqsDeliveryQueue(Supplier<SqsClient> sqs, String queueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
    }

    @Override
    public void enqueue(String deliveryId) {
        sqs.get().sendMessage(request -> request.queueUrl(queueUrl).messageBody(JsonWriter.write(Map.of("delivery", deliveryId))));
    }

    /** The delivery a message names; empty for a body that is not a delivery message. */
    public static Optional<String> deliveryId(String messageBody) {
        String id;
        try {
            id = JsonReader.read(messageBody).path("delivery").asText("");
        } catch (MalformedJsonException notJson) {
            return Optional.empty();
        }
        return DELIVERY_ID.matcher(id).matches() ? Optional.of(id) : Optional.empty();
    }
}

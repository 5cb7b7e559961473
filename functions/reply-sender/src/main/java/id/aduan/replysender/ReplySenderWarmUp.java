package id.aduan.replysender;

import id.aduan.adapters.dynamodb.DynamoDbReplyStore;
import id.aduan.adapters.sqs.QueuedReplyJson;
import id.aduan.adapters.sqs.SqsBatch;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Exercises, without writing anything or calling Instagram, the code a first batch runs: reading an SQS
 * event and a queued reply, a DynamoDB read and writing the batch response.
 */
final class ReplySenderWarmUp implements Runnable {

    private static final String SAMPLE_EVENT = """
            {"Records":[{"messageId":"warm-up","receiptHandle":"warm-up","attributes":{"ApproximateReceiveCount":"1"},
            "body":"{\\"replyId\\":\\"warm-up\\",\\"complaintId\\":\\"01JAAAAAAAAAAAAAAAAAAAAAAA\\",\\"method\\":\\"DM\\",\
            \\"text\\":\\"warm up\\",\\"requestedBy\\":{\\"kind\\":\\"SYSTEM\\",\\"id\\":\\"warm-up\\"},\
            \\"requestedAt\\":\\"2026-01-01T00:00:00Z\\"}"}]}""";

    private final Wiring wiring;

    ReplySenderWarmUp(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public void run() {
        try {
            var messages = SqsBatch.read(new ByteArrayInputStream(SAMPLE_EVENT.getBytes(StandardCharsets.UTF_8)));
            QueuedReplyJson.read(messages.getFirst().body(), wiring.tenants);
            SqsBatch.writeResponse(List.of(), new ByteArrayOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Any account's pause item will do: priming only exercises the read.
        new DynamoDbReplyStore(wiring.runtime.table().forTenant(wiring.tenants.first()), wiring.runtime.clock())
                .pausedUntil("0");
    }
}

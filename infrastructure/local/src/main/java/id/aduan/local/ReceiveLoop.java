package id.aduan.local;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/**
 * Long-polls an SQS queue on its own thread and hands each batch on; deletes the messages the handler
 * says it is done with. Those it keeps come back when the queue's visibility timeout ends.
 */
final class ReceiveLoop implements AutoCloseable {

    /** Short, so that stopping the local run does not wait long. */
    private static final int WAIT_SECONDS = 1;
    private static final int SQS_MAX_BATCH = 10;

    private final String name;
    private final SqsClient sqs;
    private final String queueUrl;
    private final int batchSize;
    private final UnaryOperator<List<Message>> handler;
    private final RunLog log;
    private volatile boolean closed;
    private Thread thread;

    /** {@code handler} takes a batch and returns the messages to delete. */
    ReceiveLoop(String name, SqsClient sqs, String queueUrl, int batchSize, UnaryOperator<List<Message>> handler,
                RunLog log) {
        this.name = name;
        this.sqs = sqs;
        this.queueUrl = queueUrl;
        this.batchSize = Math.min(batchSize, SQS_MAX_BATCH);
        this.handler = handler;
        this.log = log;
    }

    ReceiveLoop start() {
        thread = Thread.ofVirtual().name(name).start(this::run);
        return this;
    }

    private void run() {
        while (!closed) {
            try {
                var messages = sqs.receiveMessage(request -> request.queueUrl(queueUrl)
                        .maxNumberOfMessages(batchSize)
                        .waitTimeSeconds(WAIT_SECONDS)
                        .messageSystemAttributeNames(MessageSystemAttributeName.ALL)
                        .messageAttributeNames("All")).messages();
                if (!messages.isEmpty()) {
                    delete(handler.apply(messages));
                }
            } catch (RuntimeException e) {
                if (closed) {
                    return;
                }
                log.line(name + ": " + e.getClass().getSimpleName() + " (" + e.getMessage() + "); again in 1 s");
                pause();
            }
        }
    }

    private void delete(List<Message> done) {
        if (done.isEmpty()) {
            return;
        }
        var entries = new ArrayList<DeleteMessageBatchRequestEntry>();
        for (int i = 0; i < done.size(); i++) {
            entries.add(DeleteMessageBatchRequestEntry.builder().id(Integer.toString(i))
                    .receiptHandle(done.get(i).receiptHandle()).build());
        }
        sqs.deleteMessageBatch(request -> request.queueUrl(queueUrl).entries(entries));
    }

    private void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            closed = true;
        }
    }

    @Override
    public void close() {
        closed = true;
        if (thread != null) {
            thread.interrupt();
        }
    }
}

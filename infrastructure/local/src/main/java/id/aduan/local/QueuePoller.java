package id.aduan.local;

import id.aduan.testkit.Deployment;
import id.aduan.testkit.SamTemplate;
import id.aduan.testkit.SqsEvents;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.sqs.model.Message;

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
            var result = host.invoke(source.function(), SqsEvents.event(batch, deployment.arn(source.queue())));
            var failed = source.reportsItemFailures() ? SqsEvents.failedIds(result, batch) : Set.<String>of();
            log.line(trigger + ": " + (failed.isEmpty() ? "ok" : failed.size() + " failed") + " in "
                    + RunLog.millisSince(started) + " ms");
            return batch.stream().filter(message -> !failed.contains(message.messageId())).toList();
        } catch (FunctionFailure failure) {
            log.line(trigger + ": failed (" + failure.errorType() + ": " + failure.getMessage() + "); the batch stays");
            return List.of();
        }
    }
}

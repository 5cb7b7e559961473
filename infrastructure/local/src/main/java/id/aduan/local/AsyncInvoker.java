package id.aduan.local;

import id.aduan.adapters.json.Json;
import id.aduan.testkit.Deployment;
import id.aduan.testkit.SamTemplate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Lambda's asynchronous invocation, as schedules and SNS use it: a failed invocation is tried again
 * after {@code retryDelay}, then twice that (Lambda: one and two minutes), up to the function's
 * {@code EventInvokeConfig.MaximumRetryAttempts} (default 2); then the failure goes to its
 * {@code OnFailure} destination when it declares one.
 */
final class AsyncInvoker implements AutoCloseable {

    private static final int LAMBDA_DEFAULT_RETRIES = 2;

    private final FunctionHost host;
    private final SamTemplate template;
    private final Deployment deployment;
    private final Duration retryDelay;
    private final Clock clock;
    private final RunLog log;
    private final ExecutorService invocations = Executors.newVirtualThreadPerTaskExecutor();
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("async-retries").factory());

    AsyncInvoker(FunctionHost host, Deployment deployment, Duration retryDelay, Clock clock, RunLog log) {
        this.host = host;
        this.template = deployment.template();
        this.deployment = deployment;
        this.retryDelay = retryDelay;
        this.clock = clock;
        this.log = log;
    }

    /** Returns at once, as Lambda's {@code Event} invocation type does. */
    void invoke(String function, String trigger, byte[] event) {
        attempt(function, trigger, event, 0);
    }

    private void attempt(String function, String trigger, byte[] event, int retry) {
        invocations.execute(() -> {
            long started = System.nanoTime();
            try {
                host.invoke(function, event);
                log.line(function + " <- " + trigger + ": ok in " + RunLog.millisSince(started) + " ms");
            } catch (FunctionFailure failure) {
                var what = function + " <- " + trigger + ": failed (" + failure.errorType() + ": "
                        + failure.getMessage() + ") after " + RunLog.millisSince(started) + " ms";
                int allowed = maximumRetries(function);
                if (retry < allowed) {
                    var delay = retryDelay.multipliedBy(retry + 1);
                    log.line(what + "; retry " + (retry + 1) + " of " + allowed + " in "
                            + String.format("%.1f s", delay.toMillis() / 1000.0));
                    retries.schedule(() -> attempt(function, trigger, event, retry + 1), delay.toMillis(),
                            TimeUnit.MILLISECONDS);
                } else {
                    log.line(what + "; no retries left" + sendToDestination(function, event, failure, retry + 1));
                }
            }
        });
    }

    private Map<String, Object> invokeConfig(String function) {
        return SamTemplate.map(template.resource(function).properties().get("EventInvokeConfig"));
    }

    private int maximumRetries(String function) {
        return invokeConfig(function).get("MaximumRetryAttempts") instanceof Number n ? n.intValue() : LAMBDA_DEFAULT_RETRIES;
    }

    /** Sends Lambda's failure record to the OnFailure destination; says where it went, for the log line. */
    private String sendToDestination(String function, byte[] event, FunctionFailure failure, int attempts) {
        var onFailure = SamTemplate.map(SamTemplate.map(invokeConfig(function).get("DestinationConfig")).get("OnFailure"));
        if (onFailure.isEmpty()) {
            return "";
        }
        var type = String.valueOf(onFailure.get("Type"));
        var target = SamTemplate.referencedLogicalId(onFailure.get("Destination"), function + " OnFailure destination");
        var record = Json.write(failureRecord(function, event, failure, attempts));
        switch (type) {
            case "SQS" -> deployment.sqs().sendMessage(request -> request.queueUrl(deployment.ref(target)).messageBody(record));
            case "SNS" -> deployment.sns().publish(request -> request.topicArn(deployment.ref(target)).message(record));
            default -> {
                return "; its " + type + " destination is not emulated locally";
            }
        }
        return "; sent to " + target;
    }

    private Map<String, Object> failureRecord(String function, byte[] event, FunctionFailure failure, int attempts) {
        var request = new LinkedHashMap<String, Object>();
        request.put("requestId", UUID.randomUUID().toString());
        request.put("functionArn", LambdaContext.functionArn(function) + ":$LATEST");
        request.put("condition", "RetriesExhausted");
        request.put("approximateInvokeCount", attempts);
        var response = new LinkedHashMap<String, Object>();
        response.put("statusCode", 200);
        response.put("executedVersion", "$LATEST");
        response.put("functionError", "Unhandled");
        var record = new LinkedHashMap<String, Object>();
        record.put("version", "1.0");
        record.put("timestamp", clock.instant().toString());
        record.put("requestContext", request);
        record.put("requestPayload", payload(event));
        record.put("responseContext", response);
        record.put("responsePayload", Map.of("errorType", failure.errorType(), "errorMessage", failure.getMessage()));
        return record;
    }

    private static Object payload(byte[] event) {
        try {
            return Json.mapper().readTree(event);
        } catch (IOException notJson) {
            return new String(event, StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() {
        retries.shutdownNow();
        invocations.shutdownNow();
    }
}

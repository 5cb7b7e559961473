package id.aduan.adapters.observability;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Counts the AWS requests a function makes, by service and operation ("DynamoDb.TransactWriteItems"),
 * and the time spent waiting for their answers, for per-invocation metrics and benchmarks. Counts only
 * grow; callers take the difference between two readings. Retries count as separate requests.
 */
public final class RequestCounter implements ExecutionInterceptor {

    private static final ExecutionAttribute<Long> SENT_AT = new ExecutionAttribute<>("aduan.sentAt");

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final LongAdder waitNanos = new LongAdder();

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        var name = attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME) + "."
                + attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        counts.computeIfAbsent(name, key -> new LongAdder()).increment();
        attributes.putAttribute(SENT_AT, System.nanoTime());
    }

    @Override
    public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes attributes) {
        var sentAt = attributes.getAttribute(SENT_AT);
        if (sentAt != null) {
            waitNanos.add(System.nanoTime() - sentAt);
        }
    }

    /** Requests so far to services whose name starts with {@code servicePrefix} ("DynamoDb"). */
    public long total(String servicePrefix) {
        return counts.entrySet().stream()
                .filter(entry -> entry.getKey().startsWith(servicePrefix))
                .mapToLong(entry -> entry.getValue().sum())
                .sum();
    }

    /** Time spent so far waiting for AWS to answer. */
    public long waitNanos() {
        return waitNanos.sum();
    }

    /** Requests so far, by operation. */
    public Map<String, Long> byOperation() {
        var snapshot = new TreeMap<String, Long>();
        counts.forEach((name, adder) -> snapshot.put(name, adder.sum()));
        return snapshot;
    }
}

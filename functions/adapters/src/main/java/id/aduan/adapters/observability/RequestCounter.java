package id.aduan.adapters.observability;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Counts the AWS requests a function makes, by service and operation ("DynamoDb.TransactWriteItems"),
 * for the per-invocation metrics and for benchmarks. Retries count as separate requests.
 */
public final class RequestCounter implements ExecutionInterceptor {

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        var name = attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME) + "."
                + attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        counts.computeIfAbsent(name, key -> new LongAdder()).increment();
    }

    public long total(String servicePrefix) {
        return counts.entrySet().stream()
                .filter(entry -> entry.getKey().startsWith(servicePrefix))
                .mapToLong(entry -> entry.getValue().sum())
                .sum();
    }

    /** The counts so far, by operation, and starts counting from zero. */
    public Map<String, Long> drain() {
        var snapshot = new TreeMap<String, Long>();
        counts.forEach((name, adder) -> {
            long value = adder.sumThenReset();
            if (value > 0) {
                snapshot.put(name, value);
            }
        });
        return snapshot;
    }
}

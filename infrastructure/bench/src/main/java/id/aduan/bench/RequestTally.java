package id.aduan.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Counts the AWS calls a process makes, by service, for {@link ColdStart} to report with its timings: the
 * work a first request does, which does not move with the machine's load. The SDK adds it to every client
 * as a global interceptor, named in this jar's {@code software/amazon/awssdk/global/handlers/execution.interceptors}.
 */
public final class RequestTally implements ExecutionInterceptor {

    private static final Map<String, AtomicInteger> CALLS = new ConcurrentHashMap<>();

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        CALLS.computeIfAbsent(attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME), service -> new AtomicInteger())
                .incrementAndGet();
    }

    /** Calls so far, by service ("DynamoDb", "Sns"), in name order. */
    static Map<String, Integer> byService() {
        var calls = new TreeMap<String, Integer>();
        CALLS.forEach((service, count) -> calls.put(service, count.get()));
        return calls;
    }

    /** Forgets the calls so far: init's are not the first request's. */
    static void reset() {
        CALLS.clear();
    }
}

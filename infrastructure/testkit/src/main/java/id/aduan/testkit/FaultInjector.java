package id.aduan.testkit;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * An SDK interceptor that makes chosen AWS calls fail, before the request is sent (the service never
 * saw it: throttling, an unreachable endpoint) or after its answer came (the service applied it, the
 * caller never learns: a timeout). Each fault fires a given number of times, then the calls go through.
 * The SDK's own retries see a fault before sending as they would see the service's.
 */
public final class FaultInjector implements ExecutionInterceptor {

    /** When a fault strikes, relative to the request reaching the service. */
    public enum When { BEFORE_SENDING, AFTER_ANSWER }

    private record Fault(String operation, When when, AtomicInteger remaining, Supplier<RuntimeException> failure) {
    }

    private final List<Fault> faults = new CopyOnWriteArrayList<>();
    private final AtomicInteger injected = new AtomicInteger();

    /** Makes the next {@code times} calls of {@code operation} (e.g. {@code TransactWriteItems}) fail. */
    public FaultInjector fail(String operation, When when, int times, Supplier<RuntimeException> failure) {
        faults.add(new Fault(operation, when, new AtomicInteger(times), failure));
        return this;
    }

    /** How many calls failed because of this injector. */
    public int injected() {
        return injected.get();
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        strike(attributes, When.BEFORE_SENDING);
    }

    @Override
    public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes attributes) {
        strike(attributes, When.AFTER_ANSWER);
    }

    private void strike(ExecutionAttributes attributes, When when) {
        var operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        for (Fault fault : faults) {
            if (fault.when() == when && fault.operation().equals(operation)
                    && fault.remaining().getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                injected.incrementAndGet();
                throw fault.failure().get();
            }
        }
    }
}

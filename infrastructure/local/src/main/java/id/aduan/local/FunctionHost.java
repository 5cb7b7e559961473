package id.aduan.local;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import id.aduan.adapters.config.Settings;
import id.aduan.testkit.SamTemplate;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.time.Clock;
import java.time.Duration;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Runs the template's functions in this JVM the way Lambda runs them: each instance of a handler serves
 * one invocation at a time and is kept warm for the next; a busy function gets another instance (a
 * cold start), built from the handler class with the function's environment; an invocation gets the
 * function's {@code Timeout}, and an instance that overran it is thrown away.
 */
final class FunctionHost implements AutoCloseable {

    private final Map<String, SamTemplate.Function> functions = new LinkedHashMap<>();
    private final Function<String, Map<String, String>> environment;
    private final Map<String, Deque<RequestStreamHandler>> warm = new ConcurrentHashMap<>();
    private final ExecutorService invocations = Executors.newVirtualThreadPerTaskExecutor();
    private final Clock clock;
    private final RunLog log;

    FunctionHost(SamTemplate template, Function<String, Map<String, String>> environment, Clock clock, RunLog log) {
        for (SamTemplate.Function function : template.functions()) {
            functions.put(function.logicalId(), function);
        }
        this.environment = environment;
        this.clock = clock;
        this.log = log;
    }

    /** The handler class of a function, checked to be what Lambda and this host can run. */
    static Constructor<? extends RequestStreamHandler> handlerConstructor(SamTemplate.Function function) {
        var name = function.handlerClass();
        if (!function.handlerMethod().equals("handleRequest")) {
            throw new IllegalArgumentException(function.logicalId() + ": a stream handler's method is handleRequest, not "
                    + function.handlerMethod());
        }
        try {
            var type = Class.forName(name);
            if (!RequestStreamHandler.class.isAssignableFrom(type)) {
                throw new IllegalArgumentException(function.logicalId() + ": " + name + " is not a RequestStreamHandler");
            }
            return type.asSubclass(RequestStreamHandler.class).getConstructor(Settings.class);
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException(function.logicalId() + ": no class " + name
                    + " on the class path (is its module a dependency of infrastructure/local?)", e);
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(function.logicalId() + ": " + name
                    + " has no public constructor taking id.aduan.adapters.config.Settings", e);
        }
    }

    /** Fails at start, rather than on the first request, when a handler cannot be run. */
    void checkHandlers() {
        functions.values().forEach(FunctionHost::handlerConstructor);
    }

    boolean hosts(String logicalId) {
        return functions.containsKey(logicalId);
    }

    SamTemplate.Function function(String logicalId) {
        var function = functions.get(logicalId);
        if (function == null) {
            throw new IllegalArgumentException("template.yaml declares no function " + logicalId);
        }
        return function;
    }

    /** Invokes synchronously; returns what the handler wrote. */
    byte[] invoke(String logicalId, byte[] event) throws FunctionFailure {
        var function = function(logicalId);
        var idle = warm.computeIfAbsent(logicalId, id -> new ConcurrentLinkedDeque<>());
        var handler = idle.pollFirst();
        if (handler == null) {
            handler = start(function);
        }
        var timeout = Duration.ofSeconds(function.timeoutSeconds());
        var context = new LambdaContext(logicalId, functions.get(logicalId).memorySize(),
                clock.instant().plus(timeout), clock);
        var instance = handler;
        var result = invocations.submit(() -> {
            var out = new ByteArrayOutputStream();
            instance.handleRequest(new ByteArrayInputStream(event), out, context);
            return out.toByteArray();
        });
        try {
            var output = result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            idle.offerFirst(instance);
            return output;
        } catch (TimeoutException e) {
            result.cancel(true);
            throw FunctionFailure.timedOut(logicalId, function.timeoutSeconds());
        } catch (ExecutionException e) {
            idle.offerFirst(instance);
            throw FunctionFailure.threw(e.getCause());
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw FunctionFailure.threw(e);
        }
    }

    private RequestStreamHandler start(SamTemplate.Function function) throws FunctionFailure {
        long started = System.nanoTime();
        try {
            var handler = handlerConstructor(function).newInstance(new Settings(environment.apply(function.logicalId())));
            log.line(function.logicalId() + ": new instance (cold start) in " + RunLog.millisSince(started) + " ms");
            return handler;
        } catch (InvocationTargetException e) {
            throw FunctionFailure.couldNotStart(function.logicalId(), e.getCause());
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw FunctionFailure.couldNotStart(function.logicalId(), e);
        }
    }

    @Override
    public void close() {
        invocations.shutdownNow();
    }
}

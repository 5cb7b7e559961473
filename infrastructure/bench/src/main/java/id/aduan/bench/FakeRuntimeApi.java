package id.aduan.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The part of the Lambda Runtime API a custom runtime's bootstrap talks to, on loopback: it hands out the
 * events offered to it as invocations ({@code GET /2018-06-01/runtime/invocation/next}) and takes their
 * answers ({@code POST …/invocation/<id>/response} or {@code …/error}), so the AOT flavour runs here
 * as it would on Lambda, without Lambda.
 */
final class FakeRuntimeApi implements AutoCloseable {

    private static final String PREFIX = "/2018-06-01/runtime/";
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    /** What the function answered to one invocation, and when the answer arrived. */
    record Answer(String requestId, boolean error, String body, Instant at) {
    }

    private final HttpServer server;
    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();
    private final BlockingQueue<Answer> answers = new LinkedBlockingQueue<>();
    private volatile Instant firstPollAt;

    FakeRuntimeApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext(PREFIX, this::serve);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    /** The value of {@code AWS_LAMBDA_RUNTIME_API} for a bootstrap. */
    String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    /** Sends one invocation and waits for its answer. */
    Answer invoke(String event) throws InterruptedException {
        events.add(event);
        var answer = answers.poll(TIMEOUT.toMillis() * 3, TimeUnit.MILLISECONDS);
        if (answer == null) {
            throw new IllegalStateException("the function did not answer within " + TIMEOUT.multipliedBy(3));
        }
        return answer;
    }

    private void serve(HttpExchange exchange) throws IOException {
        var path = exchange.getRequestURI().getPath().substring(PREFIX.length());
        try (exchange) {
            if (path.equals("invocation/next")) {
                next(exchange);
            } else if (path.startsWith("invocation/") || path.equals("init/error")) {
                var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                var parts = path.split("/");
                boolean error = path.endsWith("/error");
                answers.add(new Answer(parts.length > 1 ? parts[1] : "init", error, body, Instant.now()));
                exchange.sendResponseHeaders(202, -1);
            } else {
                exchange.sendResponseHeaders(404, -1);
            }
        }
    }

    /** When the runtime first asked for an invocation: its init was over. */
    Instant firstPollAt() {
        return firstPollAt;
    }

    private void next(HttpExchange exchange) throws IOException {
        if (firstPollAt == null) {
            firstPollAt = Instant.now();
        }
        String event;
        try {
            event = events.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.sendResponseHeaders(500, -1);
            return;
        }
        var body = event.getBytes(StandardCharsets.UTF_8);
        var headers = exchange.getResponseHeaders();
        headers.add("Lambda-Runtime-Aws-Request-Id", UUID.randomUUID().toString());
        headers.add("Lambda-Runtime-Deadline-Ms", Long.toString(System.currentTimeMillis() + TIMEOUT.toMillis()));
        headers.add("Lambda-Runtime-Invoked-Function-Arn", "arn:aws:lambda:ap-southeast-3:123456789012:function:bench");
        headers.add("Lambda-Runtime-Trace-Id", "Root=1-00000000-000000000000000000000000");
        headers.add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

package id.aduan.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import id.aduan.local.ApiAuthorization.RouteAuth;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;

/**
 * The HTTP API on a loopback port: picks the route as API Gateway does, checks the route's JWT
 * authorizer, invokes the route's function with a payload 2.0 event and answers with its response; a
 * GET that is no route gets the staff console's files.
 * Answers of its own are API Gateway's: 404 {@code Not Found}, 401 {@code Unauthorized}, 403
 * {@code Forbidden}, 413 over 10 MB, 500 when the function fails, 503 when it times out.
 */
final class Gateway implements AutoCloseable {

    static final int PAYLOAD_LIMIT = 10 * 1024 * 1024;

    private final RouteTable routes;
    private final Map<String, RouteAuth> authByRoute;
    private final JwtAuthorizer authorizer;
    private final FunctionHost host;
    private final LocalEndpoints local;
    private final ConsoleAssets console;
    private final RunLog log;
    private HttpServer server;

    Gateway(RouteTable routes, Map<String, RouteAuth> authByRoute, JwtAuthorizer authorizer, FunctionHost host,
            LocalEndpoints local, ConsoleAssets console, RunLog log) {
        this.routes = routes;
        this.authByRoute = Map.copyOf(authByRoute);
        this.authorizer = authorizer;
        this.host = host;
        this.local = local;
        this.console = console;
        this.log = log;
    }

    Gateway start(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", this::exchange);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
        return this;
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void exchange(HttpExchange exchange) throws IOException {
        long started = System.nanoTime();
        var method = exchange.getRequestMethod();
        var path = exchange.getRequestURI().getRawPath();
        Handled handled;
        try (exchange) {
            var body = readBody(exchange.getRequestBody());
            handled = body.isEmpty()
                    ? Handled.by(GatewayResponse.message(413, "Request Entity Too Large"))
                    : handle(new GatewayRequest(method, path, exchange.getRequestURI().getRawQuery(),
                            exchange.getRequestHeaders(), body.get(),
                            exchange.getRemoteAddress().getAddress().getHostAddress()));
            send(exchange, handled.response());
        }
        log.line(method + " " + path + " " + handled.response().status() + handled.detail() + " in "
                + RunLog.millisSince(started) + " ms");
    }

    /** A response, and what the log line says about it besides the status (function, reason). */
    private record Handled(GatewayResponse response, String detail) {
        static Handled by(GatewayResponse response) {
            return new Handled(response, "");
        }
    }

    private Handled handle(GatewayRequest request) {
        var localAnswer = local.handle(request);
        if (localAnswer.isPresent()) {
            return Handled.by(localAnswer.get());
        }
        var match = routes.match(request.method(), request.rawPath());
        if (match.isEmpty()) {
            return Handled.by(console.serve(request.method(), request.rawPath())
                    .orElseGet(() -> GatewayResponse.message(404, "Not Found")));
        }
        var function = match.get().route().functionLogicalId();
        var auth = authByRoute.get(match.get().route().routeKey());
        JwtClaims claims = null;
        if (!auth.open()) {
            switch (authorizer.authorize(request, auth)) {
                case JwtAuthorizer.Denied denied -> {
                    return new Handled(denied(denied, auth), " " + function + " (" + auth.authorizer() + ": "
                            + denied.description() + ")");
                }
                case JwtAuthorizer.Allowed allowed -> claims = allowed.claims();
            }
        }
        try {
            var result = host.invoke(function, LambdaProxy.event(request, match.get(), claims));
            return new Handled(LambdaProxy.response(result), " " + function);
        } catch (FunctionFailure failure) {
            var response = failure.timedOut()
                    ? GatewayResponse.message(503, "Service Unavailable")
                    : GatewayResponse.message(500, "Internal Server Error");
            return new Handled(response, " " + function + " (" + failure.errorType() + ": " + failure.getMessage() + ")");
        }
    }

    private static GatewayResponse denied(JwtAuthorizer.Denied denied, RouteAuth auth) {
        return GatewayResponse.message(denied.status(), denied.status() == 401 ? "Unauthorized" : "Forbidden")
                .withHeader("www-authenticate", "Bearer scope=\"" + String.join(" ", auth.scopes())
                        + "\" error=\"" + denied.error() + "\" error_description=\"" + denied.description() + "\"");
    }

    /** The body, or empty when it is over API Gateway's payload limit. */
    private static Optional<byte[]> readBody(InputStream in) throws IOException {
        var body = in.readNBytes(PAYLOAD_LIMIT + 1);
        return body.length > PAYLOAD_LIMIT ? Optional.empty() : Optional.of(body);
    }

    private static void send(HttpExchange exchange, GatewayResponse response) throws IOException {
        response.headers().forEach((name, values) -> exchange.getResponseHeaders().put(name, values));
        exchange.getResponseHeaders().set("apigw-requestid", UUID.randomUUID().toString());
        var body = response.body();
        exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
        }
    }
}

package id.aduan.publicapi;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import id.aduan.adapters.config.Settings;
import id.aduan.adapters.http.ApiGatewayEvents;
import id.aduan.adapters.http.HttpRequest;
import id.aduan.adapters.http.HttpResponse;
import id.aduan.adapters.http.ServedRequests;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Map;

/**
 * The public API, with no sign-in: Open311 GeoReport v2, the transparency figures, the tracking lookup
 * and the public page. Maps every failure to its answer here (Open311's own error list on Open311
 * routes, the JSON error elsewhere); requests are logged as {@link ServedRequests} does.
 */
public final class PublicApiHandler implements RequestStreamHandler {

    private final Wiring wiring;

    public PublicApiHandler() {
        this(Wiring.fromEnvironment());
    }

    /** For running in-process with a given environment (tests, the local run). */
    public PublicApiHandler(Settings settings) {
        this(new Wiring(settings, Clock.systemUTC()));
    }

    public PublicApiHandler(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        ApiGatewayEvents.respond(input, output, this::handle);
    }

    HttpResponse handle(HttpRequest request) {
        return new ServedRequests(wiring.runtime, "Public").serve(request, wiring.routes::handle,
                failure -> error(request, failure).withHeader("cache-control", "no-store"));
    }

    private HttpResponse error(HttpRequest request, RuntimeException failure) {
        int status;
        String code;
        String message;
        if (failure instanceof PublicProblem problem) {
            status = problem.status();
            code = problem.code();
            message = problem.getMessage();
        } else {
            wiring.runtime.log().error("request failed", failure, Map.of("requestId", request.requestId()));
            status = 500;
            code = "INTERNAL_ERROR";
            message = "something went wrong; quote request " + request.requestId();
        }
        return request.routeKey().startsWith("GET /open311/")
                ? PublicRoutes.format(request).errors(status, message)
                : HttpResponse.error(status, code, message);
    }
}

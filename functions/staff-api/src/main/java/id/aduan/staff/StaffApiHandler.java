package id.aduan.staff;

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

/**
 * The staff API behind API Gateway's JWT authorizer: routes each request by its route key, maps every
 * failure to its JSON error, and logs one line per request (route, status, time, DynamoDB requests;
 * never message text or personal data).
 */
public final class StaffApiHandler implements RequestStreamHandler {

    private final Wiring wiring;

    public StaffApiHandler() {
        this(Wiring.fromEnvironment());
    }

    /** For running in-process with a given environment (tests, the local run). */
    public StaffApiHandler(Settings settings) {
        this(new Wiring(settings, Clock.systemUTC()));
    }

    public StaffApiHandler(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        ApiGatewayEvents.respond(input, output, this::handle);
    }

    HttpResponse handle(HttpRequest request) {
        var language = Route.language(request);
        return new ServedRequests(wiring.runtime, "Staff").serve(request, wiring.routes::handle,
                        failure -> ErrorResponses.of(failure, request.requestId(), wiring.runtime.log(), language))
                .withHeader("content-language", language.tag());
    }
}

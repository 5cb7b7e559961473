package id.aduan.staff;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import id.aduan.adapters.config.Settings;
import id.aduan.adapters.http.ApiGatewayEvents;
import id.aduan.adapters.http.HttpRequest;
import id.aduan.adapters.http.HttpResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

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
        long started = System.nanoTime();
        long requestsBefore = wiring.runtime.requests().total("DynamoDb");
        HttpResponse response;
        try {
            response = wiring.routes.handle(request);
        } catch (RuntimeException failure) {
            response = ErrorResponses.of(failure, request.requestId(), wiring.runtime.log(), Route.language(request));
        }
        response = response.withHeader("content-language", Route.language(request).tag());
        long millis = (System.nanoTime() - started) / 1_000_000;
        long dynamoDbRequests = wiring.runtime.requests().total("DynamoDb") - requestsBefore;
        var fields = new LinkedHashMap<String, Object>();
        fields.put("requestId", request.requestId());
        fields.put("route", request.routeKey());
        request.pathParameter("id").ifPresent(id -> fields.put("complaint", id));
        fields.put("status", response.status());
        fields.put("durationMillis", millis);
        fields.put("dynamoDbRequests", dynamoDbRequests);
        wiring.runtime.log().info("staff request", fields);
        wiring.runtime.metrics().emit(Map.of("StaffRequestMillis", millis, "DynamoDbRequests", dynamoDbRequests,
                response.status() >= 500 ? "StaffRequestsFailed" : "StaffRequestsServed", 1));
        return response;
    }
}

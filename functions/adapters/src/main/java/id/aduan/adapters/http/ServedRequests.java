package id.aduan.adapters.http;

import id.aduan.adapters.observability.LogContext;
import id.aduan.adapters.runtime.FunctionRuntime;
import id.aduan.adapters.runtime.Invocation;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * How an HTTP API function serves a request: runs its route, turns a failure into its answer, and logs
 * one line (route, status, time, DynamoDB requests, the complaint a path names; never message text or
 * personal data) with the metrics {@code <Api>RequestMillis}, {@code DynamoDbRequests} and
 * {@code <Api>RequestsServed} or {@code <Api>RequestsFailed}.
 *
 * @param api the API's name in log lines and metric names: {@code Staff}, {@code Public}
 */
public record ServedRequests(FunctionRuntime runtime, String api) {

    /** A request about one complaint is served in a log scope naming it (and, once read, its correlation id). */
    public HttpResponse serve(HttpRequest request, Function<HttpRequest, HttpResponse> route,
                              Function<RuntimeException, HttpResponse> failure) {
        return request.pathParameter("id")
                .map(complaint -> LogContext.with(LogContext.COMPLAINT, complaint, () -> served(request, route, failure)))
                .orElseGet(() -> served(request, route, failure));
    }

    private HttpResponse served(HttpRequest request, Function<HttpRequest, HttpResponse> route,
                                Function<RuntimeException, HttpResponse> failure) {
        var invocation = Invocation.begin(runtime, null);
        HttpResponse response;
        try {
            response = route.apply(request);
        } catch (RuntimeException e) {
            response = failure.apply(e);
        }
        long millis = invocation.millis();
        long dynamoDbRequests = invocation.dynamoDbRequests();
        var fields = new LinkedHashMap<String, Object>();
        fields.put("requestId", request.requestId());
        fields.put("route", request.routeKey());
        fields.put("status", response.status());
        fields.put("durationMillis", millis);
        fields.put("dynamoDbRequests", dynamoDbRequests);
        runtime.log().info(api.toLowerCase(Locale.ROOT) + " request", fields);
        runtime.metrics().emit(Map.of(api + "RequestMillis", millis, "DynamoDbRequests", dynamoDbRequests,
                api + (response.status() >= 500 ? "RequestsFailed" : "RequestsServed"), 1));
        return response;
    }
}

package id.aduan.publicapi;

import id.aduan.adapters.config.Settings;
import id.aduan.adapters.json.Json;
import id.aduan.testkit.Deployment;
import id.aduan.testkit.HttpApiEvents;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/** Drives the real public API handler with API Gateway events, with no token, against the emulator. */
final class PublicApi {

    final Wiring wiring;
    private final PublicApiHandler handler;

    PublicApi(Deployment deployment, Clock clock) {
        this(deployment, clock, Map.of());
    }

    /** With some settings replaced (the stack's tenants). */
    PublicApi(Deployment deployment, Clock clock, Map<String, String> settings) {
        var environment = new HashMap<>(deployment.environment("PublicApiFunction"));
        environment.putAll(settings);
        this.wiring = new Wiring(new Settings(environment), clock);
        this.handler = new PublicApiHandler(wiring);
    }

    Response get(String routeKey, String path, Map<String, String> pathParameters, Map<String, String> query) {
        var request = HttpApiEvents.request("GET", path).routeKey("GET " + routeKey);
        pathParameters.forEach(request::pathParameter);
        query.forEach(request::query);
        var out = new ByteArrayOutputStream();
        try {
            handler.handleRequest(new ByteArrayInputStream(request.toJson().getBytes(StandardCharsets.UTF_8)), out, null);
            var event = Json.mapper().readTree(out.toByteArray());
            var headers = Json.mapper().convertValue(event.path("headers"), Map.class);
            @SuppressWarnings("unchecked")
            Map<String, String> typed = headers;
            return new Response(event.path("statusCode").asInt(), typed, event.path("body").asText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Response get(String path) {
        return get(path, path, Map.of(), Map.of());
    }

    record Response(int status, Map<String, String> headers, String body) {
        com.fasterxml.jackson.databind.JsonNode json() {
            try {
                return Json.mapper().readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

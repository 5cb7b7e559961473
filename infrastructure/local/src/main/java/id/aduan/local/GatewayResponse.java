package id.aduan.local;

import id.aduan.adapters.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A response on its way back to the HTTP client; header names in lower case. */
record GatewayResponse(int status, Map<String, List<String>> headers, byte[] body) {

    private static final String JSON = "application/json";

    GatewayResponse {
        headers = Map.copyOf(headers);
    }

    /** API Gateway's own answers: {@code {"message":"Not Found"}} and the like. */
    static GatewayResponse message(int status, String message) {
        return json(status, Map.of("message", message));
    }

    static GatewayResponse json(int status, Object body) {
        return json(status, Json.write(body).getBytes(StandardCharsets.UTF_8));
    }

    static GatewayResponse json(int status, byte[] body) {
        return new GatewayResponse(status, Map.of("content-type", List.of(JSON)), body);
    }

    GatewayResponse withHeader(String name, String value) {
        var merged = new LinkedHashMap<>(headers);
        merged.put(name, List.of(value));
        return new GatewayResponse(status, merged, body);
    }
}

package id.aduan.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.aduan.adapters.json.Json;
import id.aduan.testkit.HttpApiEvents;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * API Gateway's Lambda proxy integration, payload format 2.0: the event a function receives for a
 * request, and the HTTP response its result stands for.
 */
final class LambdaProxy {

    private static final Set<String> TEXT_TYPES = Set.of("application/json", "application/javascript", "application/xml");

    private LambdaProxy() {
    }

    static byte[] event(GatewayRequest request, RouteTable.Match match, JwtClaims claims) {
        var event = HttpApiEvents.request(request.method(), request.rawPath()).routeKey(match.route().routeKey())
                .rawQueryString(request.rawQuery()).sourceIp(request.sourceIp());
        request.headers().keySet().stream().filter(name -> !name.equals("cookie"))
                .forEach(name -> event.header(name, request.header(name).orElseThrow()));
        event.header("x-forwarded-for", request.sourceIp()).header("x-forwarded-proto", "http");
        cookies(request).forEach(event::cookie);
        request.query().forEach(event::query);
        match.pathParameters().forEach(event::pathParameter);
        if (claims != null) {
            event.claims(claims.claims()).scopes(claims.scopes());
        }
        if (request.body().length > 0) {
            event.body(request.body());
            if (!isText(request.header("content-type").orElse(""))) {
                event.base64Encoded();
            }
        }
        return event.toJson().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A result with a {@code statusCode} is a response; any other JSON result is answered 200 with the
     * result as its JSON body, as API Gateway does; a result that is not JSON is a 500.
     */
    static GatewayResponse response(byte[] result) {
        JsonNode node;
        try {
            node = Json.mapper().readTree(result);
        } catch (IOException e) {
            return GatewayResponse.message(500, "Internal Server Error");
        }
        if (node == null || !node.isObject() || !node.has("statusCode")) {
            return GatewayResponse.json(200, result);
        }
        int status = node.path("statusCode").asInt(0);
        if (status < 100 || status > 599) {
            return GatewayResponse.message(500, "Internal Server Error");
        }
        var headers = new LinkedHashMap<String, List<String>>();
        node.path("headers").properties().forEach(header ->
                headers.put(header.getKey().toLowerCase(Locale.ROOT), List.of(header.getValue().asText())));
        var setCookies = new ArrayList<String>();
        node.path("cookies").forEach(cookie -> setCookies.add(cookie.asText()));
        if (!setCookies.isEmpty()) {
            headers.put("set-cookie", setCookies);
        }
        var body = node.path("body").asText("");
        try {
            var bytes = node.path("isBase64Encoded").asBoolean(false)
                    ? Base64.getDecoder().decode(body)
                    : body.getBytes(StandardCharsets.UTF_8);
            return new GatewayResponse(status, headers, bytes);
        } catch (IllegalArgumentException notBase64) {
            return GatewayResponse.message(500, "Internal Server Error");
        }
    }

    /** API Gateway passes these bodies as text and base64-encodes every other one. */
    static boolean isText(String contentType) {
        var type = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        return type.startsWith("text/") || TEXT_TYPES.contains(type) || type.endsWith("+json") || type.endsWith("+xml");
    }

    private static List<String> cookies(GatewayRequest request) {
        return request.headers().getOrDefault("cookie", List.of()).stream()
                .flatMap(header -> Arrays.stream(header.split(";")))
                .map(String::strip).filter(cookie -> !cookie.isEmpty()).toList();
    }

    private static JsonNode read(byte[] json) {
        try {
            return Json.mapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

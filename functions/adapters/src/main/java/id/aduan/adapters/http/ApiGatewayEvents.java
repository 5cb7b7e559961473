package id.aduan.adapters.http;

import id.aduan.adapters.json.JsonReader;
import id.aduan.adapters.json.JsonValue;
import id.aduan.adapters.json.JsonWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads API Gateway HTTP API events (payload format 2.0) and writes responses without jackson-databind:
 * functions are stream handlers, so the runtime's reflective event serialisation stays off the
 * cold-start path and the raw body bytes reach the handler untouched.
 */
public final class ApiGatewayEvents {

    private ApiGatewayEvents() {
    }

    public static HttpRequest read(InputStream in) throws IOException {
        return read(JsonReader.read(in));
    }

    public static HttpRequest read(JsonValue event) {
        var context = event.path("requestContext");
        var http = context.path("http");
        var body = event.path("body");
        byte[] bytes = body.isTextual()
                ? event.path("isBase64Encoded").asBoolean(false)
                        ? Base64.getDecoder().decode(body.asText())
                        : body.asText().getBytes(StandardCharsets.UTF_8)
                : new byte[0];
        var headers = new HashMap<String, String>();
        event.path("headers").properties()
                .forEach(header -> headers.put(header.getKey().toLowerCase(Locale.ROOT), header.getValue().asText()));
        var claims = new HashMap<String, String>();
        context.path("authorizer").path("jwt").path("claims").properties()
                .forEach(claim -> claims.put(claim.getKey(), claim.getValue().asText()));
        return new HttpRequest(event.path("routeKey").asText(""), http.path("method").asText(""),
                http.path("path").asText(event.path("rawPath").asText("")), headers,
                strings(event.path("queryStringParameters")), strings(event.path("pathParameters")), bytes, claims,
                context.path("requestId").asText(""));
    }

    /** Reads the event, answers it, writes the response; an event that is not JSON is answered 400. */
    public static void respond(InputStream in, OutputStream out, Function<HttpRequest, HttpResponse> handler)
            throws IOException {
        HttpRequest request;
        try {
            request = read(in);
        } catch (IOException e) {
            write(HttpResponse.error(400, "MALFORMED_EVENT", "the event is not JSON"), out);
            return;
        }
        write(handler.apply(request), out);
    }

    public static void write(HttpResponse response, OutputStream out) throws IOException {
        var event = new LinkedHashMap<String, Object>();
        event.put("statusCode", response.status());
        event.put("headers", response.headers());
        event.put("body", response.body());
        event.put("isBase64Encoded", false);
        JsonWriter.write(event, out);
    }

    private static Map<String, String> strings(JsonValue node) {
        var map = new HashMap<String, String>();
        node.properties().forEach(entry -> map.put(entry.getKey(), entry.getValue().asText()));
        return map;
    }
}

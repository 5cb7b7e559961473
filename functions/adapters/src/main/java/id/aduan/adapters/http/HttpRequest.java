package id.aduan.adapters.http;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An HTTP request as API Gateway (HTTP API, payload format 2.0) hands it to a function. Header names
 * are lower case; {@code body} holds the exact bytes received (base64 bodies already decoded), which
 * is what webhook signatures are computed over.
 */
public record HttpRequest(String routeKey, String method, String path, Map<String, String> headers,
                          Map<String, String> query, Map<String, String> pathParameters, byte[] body,
                          Map<String, String> claims, String requestId) {

    public HttpRequest {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        query = query == null ? Map.of() : Map.copyOf(query);
        pathParameters = pathParameters == null ? Map.of() : Map.copyOf(pathParameters);
        claims = claims == null ? Map.of() : Map.copyOf(claims);
        body = body == null ? new byte[0] : body;
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }

    public Optional<String> queryParameter(String name) {
        return Optional.ofNullable(query.get(name));
    }

    public Optional<String> pathParameter(String name) {
        return Optional.ofNullable(pathParameters.get(name));
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}

package id.aduan.adapters.instagram;

import id.aduan.adapters.json.JsonValue;
import id.aduan.adapters.json.JsonWriter;
import id.aduan.core.port.GraphFailure;
import id.aduan.core.port.GraphResult;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * One request to the Graph API and its answer turned into a {@link GraphResult}: the HTTP side of
 * {@link GraphApiClient}. The access token travels in the {@code Authorization} header, never in the
 * URL, so that it cannot end up in access logs.
 */
final class GraphExchange {

    /** Whether a call whose answer cannot be read may have changed something on Instagram. */
    enum Effect { SENDS, REPEATABLE }

    /** Reads what a successful call produced; empty when the body lacks it. */
    @FunctionalInterface
    interface SuccessReader<T> {
        Optional<T> read(JsonValue body);
    }

    record Body(String contentType, BodyPublisher publisher) {

        static Body form(String name, String value) {
            return new Body("application/x-www-form-urlencoded",
                    BodyPublishers.ofString(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        }

        static Body json(Map<String, ?> value) {
            return new Body("application/json", BodyPublishers.ofString(JsonWriter.write(value)));
        }

        static Body empty() {
            return new Body("application/x-www-form-urlencoded", BodyPublishers.noBody());
        }
    }

    private static final String BEARER = "Bearer ";
    private static final String REDACTED = "[access token]";

    private final GraphApiSettings settings;
    private final AccessTokenSource tokens;
    private final HttpClient http;

    GraphExchange(GraphApiSettings settings, AccessTokenSource tokens) {
        this.settings = settings;
        this.tokens = tokens;
        // HTTP/1.1 keep-alive serves the few calls of an invocation; it also avoids an h2c upgrade on plain HTTP.
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .build();
    }

    <T> GraphResult<T> get(String pathAndQuery, SuccessReader<T> reader) {
        return exchange(request(pathAndQuery).GET().build(), Effect.REPEATABLE, reader);
    }

    /**
     * A read about a given token rather than with the account's current one, at a path outside the API
     * version where Meta puts it there ({@code refresh_access_token}).
     */
    <T> GraphResult<T> get(String pathAndQuery, String token, boolean versioned, SuccessReader<T> reader) {
        var path = versioned ? settings.apiVersion() + "/" + pathAndQuery : pathAndQuery;
        return exchange(request(path, token).GET().build(), Effect.REPEATABLE, reader);
    }

    <T> GraphResult<T> post(String pathAndQuery, Body body, Effect effect, SuccessReader<T> reader) {
        HttpRequest request = request(pathAndQuery).header("Content-Type", body.contentType()).POST(body.publisher()).build();
        return exchange(request, effect, reader);
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        return request(settings.apiVersion() + "/" + pathAndQuery, tokens.accessToken());
    }

    private HttpRequest.Builder request(String path, String token) {
        String base = settings.baseUrl().toString().replaceAll("/+$", "");
        return HttpRequest.newBuilder(URI.create(base + "/" + path))
                .timeout(settings.requestTimeout())
                .header("Authorization", BEARER + token)
                .header("Accept", "application/json");
    }

    private <T> GraphResult<T> exchange(HttpRequest request, Effect effect, SuccessReader<T> reader) {
        HttpResponse<String> response;
        try {
            response = http.send(request, BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return GraphResult.failure(GraphFailures.unreachable(e, effect == Effect.SENDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return GraphResult.failure(GraphFailures.unreachable(e, effect == Effect.SENDS));
        }
        int status = response.statusCode();
        // Only a failure is redacted: a refresh may answer with the very token it was asked about.
        Optional<JsonValue> json = GraphJson.readObject(response.body());
        if (status / 100 != 2 || json.map(root -> root.has("error")).orElse(false)) {
            var failure = GraphFailures.fromErrorResponse(status, redacted(response.body(), request), response.headers());
            if (failure.kind() == GraphFailure.Kind.TOKEN) {
                tokens.invalidate();
            }
            return GraphResult.failure(failure);
        }
        return json.flatMap(reader::read)
                .<GraphResult<T>>map(GraphResult::success)
                .orElseGet(() -> GraphResult.failure(GraphFailures.unreadableSuccess(
                        status, json.isPresent() ? "expected fields missing" : "not a JSON object", effect == Effect.SENDS)));
    }

    /** Meta's messages do not quote the token, but a body that did must not carry it into the timeline. */
    private static String redacted(String body, HttpRequest request) {
        return request.headers().firstValue("Authorization")
                .map(authorization -> authorization.substring(BEARER.length()))
                .filter(token -> !token.isEmpty())
                .map(token -> body.replace(token, REDACTED))
                .orElse(body);
    }
}

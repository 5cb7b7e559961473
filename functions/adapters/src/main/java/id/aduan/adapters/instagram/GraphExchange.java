package id.aduan.adapters.instagram;

import id.aduan.adapters.json.JsonValue;
import id.aduan.adapters.json.JsonWriter;
import id.aduan.core.instagram.GraphFailure;
import id.aduan.core.instagram.GraphResult;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One request to the Graph API and its answer turned into a {@link GraphResult}: the HTTP side of
 * {@link GraphApiClient}. The access token travels in the {@code Authorization} header, never in the
 * URL, so that it cannot end up in access logs. Requests go through {@link HttpURLConnection}, which
 * the AWS SDK's HTTP client has loaded already, rather than {@code java.net.http.HttpClient}, whose
 * few hundred classes (and an SSL context built even for plain HTTP) a first request would otherwise load.
 */
final class GraphExchange {

    /** Whether a call whose answer cannot be read may have changed something on Instagram. */
    enum Effect { SENDS, REPEATABLE }

    /** Reads what a successful call produced; empty when the body lacks it. */
    @FunctionalInterface
    interface SuccessReader<T> {
        Optional<T> read(JsonValue body);
    }

    record Body(String contentType, byte[] content) {

        static Body form(String name, String value) {
            return new Body("application/x-www-form-urlencoded",
                    utf8(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        }

        static Body json(Map<String, ?> value) {
            return new Body("application/json", utf8(JsonWriter.write(value)));
        }

        static Body empty() {
            return new Body("application/x-www-form-urlencoded", new byte[0]);
        }

        private static byte[] utf8(String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
    }

    /** A request to send: {@code body} is null for a GET. */
    private record Call(URI uri, String token, Body body) {
    }

    private record Answer(int status, String body, HttpHeaders headers) {
    }

    private static final String BEARER = "Bearer ";
    private static final String REDACTED = "[access token]";

    private final GraphApiSettings settings;
    private final AccessTokenSource tokens;

    GraphExchange(GraphApiSettings settings, AccessTokenSource tokens) {
        this.settings = settings;
        this.tokens = tokens;
    }

    <T> GraphResult<T> get(String pathAndQuery, SuccessReader<T> reader) {
        return exchange(call(settings.apiVersion() + "/" + pathAndQuery, tokens.accessToken(), null),
                Effect.REPEATABLE, reader);
    }

    /**
     * A read about a given token rather than with the account's current one, at a path outside the API
     * version where Meta puts it there ({@code refresh_access_token}).
     */
    <T> GraphResult<T> get(String pathAndQuery, String token, boolean versioned, SuccessReader<T> reader) {
        var path = versioned ? settings.apiVersion() + "/" + pathAndQuery : pathAndQuery;
        return exchange(call(path, token, null), Effect.REPEATABLE, reader);
    }

    <T> GraphResult<T> post(String pathAndQuery, Body body, Effect effect, SuccessReader<T> reader) {
        return exchange(call(settings.apiVersion() + "/" + pathAndQuery, tokens.accessToken(), body), effect, reader);
    }

    private Call call(String path, String token, Body body) {
        String base = settings.baseUrl().toString().replaceAll("/+$", "");
        return new Call(URI.create(base + "/" + path), token, body);
    }

    private <T> GraphResult<T> exchange(Call call, Effect effect, SuccessReader<T> reader) {
        Answer answer;
        try {
            answer = send(call);
        } catch (IOException e) {
            return GraphResult.failure(GraphFailures.unreachable(e, effect == Effect.SENDS));
        }
        int status = answer.status();
        // Only a failure is redacted: a refresh may answer with the very token it was asked about.
        Optional<JsonValue> json = GraphJson.readObject(answer.body());
        if (status / 100 != 2 || json.map(root -> root.has("error")).orElse(false)) {
            var failure = GraphFailures.fromErrorResponse(status, redacted(answer.body(), call.token()),
                    answer.headers());
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

    /**
     * Sends the call over HTTP/1.1 with keep-alive and no redirects followed. A body is streamed with its
     * length fixed, which keeps the connection from silently sending a POST twice after a network error
     * (it would otherwise resend it once); the price is that a 401 to a POST comes without its body, which
     * is then read as a refused token by its status alone.
     * Timeouts are reported as {@code java.net.http} reports them.
     */
    private Answer send(Call call) throws IOException {
        var connection = (HttpURLConnection) call.uri().toURL().openConnection();
        connection.setConnectTimeout(Math.toIntExact(settings.connectTimeout().toMillis()));
        connection.setReadTimeout(Math.toIntExact(settings.requestTimeout().toMillis()));
        connection.setInstanceFollowRedirects(false);
        connection.setUseCaches(false);
        connection.setRequestProperty("Authorization", BEARER + call.token());
        connection.setRequestProperty("Accept", "application/json");
        if (call.body() != null) {
            connection.setRequestMethod("POST");
            connection.setRequestProperty("Content-Type", call.body().contentType());
            connection.setDoOutput(true);
            connection.setFixedLengthStreamingMode(call.body().content().length);
        }
        try {
            connection.connect();
        } catch (SocketTimeoutException e) {
            throw new HttpConnectTimeoutException("HTTP connect timed out");
        }
        try {
            if (call.body() != null) {
                try (var out = connection.getOutputStream()) {
                    out.write(call.body().content());
                }
            }
            int status = connection.getResponseCode();
            var stream = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
            String text;
            try (stream) {
                text = stream == null ? "" : new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            }
            return new Answer(status, text, headers(connection));
        } catch (SocketTimeoutException e) {
            throw new HttpTimeoutException("request timed out");
        }
    }

    private static HttpHeaders headers(HttpURLConnection connection) {
        var fields = new HashMap<String, List<String>>();
        // The status line comes as a field without a name.
        connection.getHeaderFields().forEach((name, values) -> {
            if (name != null) {
                fields.put(name, values);
            }
        });
        return HttpHeaders.of(fields, (name, value) -> true);
    }

    /** Meta's messages do not quote the token, but a body that did must not carry it into the timeline. */
    private static String redacted(String body, String token) {
        return token == null || token.isEmpty() ? body : body.replace(token, REDACTED);
    }
}

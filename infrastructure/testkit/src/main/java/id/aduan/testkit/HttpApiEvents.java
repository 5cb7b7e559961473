package id.aduan.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Builds the event API Gateway's HTTP API (payload format 2.0) gives a Lambda function, field for field,
 * for tests and for the local gateway. Claims are flattened to strings as the JWT authorizer does.
 */
public final class HttpApiEvents {

    private static final DateTimeFormatter REQUEST_TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private HttpApiEvents() {
    }

    public static Request request(String method, String path) {
        return new Request(method, path);
    }

    /** A request under construction. */
    public static final class Request {
        private final String method;
        private final String path;
        private String routeKey;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private final Map<String, String> query = new LinkedHashMap<>();
        private final Map<String, String> pathParameters = new LinkedHashMap<>();
        private Map<String, String> claims;
        private List<String> scopes;
        private final List<String> cookies = new ArrayList<>();
        private String rawQueryString;
        private String sourceIp = "127.0.0.1";
        private byte[] body;
        private boolean base64;

        private Request(String method, String path) {
            this.method = method;
            this.path = path;
            this.routeKey = method + " " + path;
        }

        public Request routeKey(String routeKey) {
            this.routeKey = routeKey;
            return this;
        }

        public Request header(String name, String value) {
            headers.put(name.toLowerCase(Locale.ROOT), value);
            return this;
        }

        public Request query(String name, String value) {
            query.put(name, value);
            return this;
        }

        public Request pathParameter(String name, String value) {
            pathParameters.put(name, value);
            return this;
        }

        /** Claims as the JWT authorizer passes them: every value already flattened to a string. */
        public Request claims(Map<String, String> claims) {
            this.claims = Map.copyOf(claims);
            return this;
        }

        /** The token's scopes; null (the default) when it has none, as API Gateway sends it. */
        public Request scopes(List<String> scopes) {
            this.scopes = scopes == null ? null : List.copyOf(scopes);
            return this;
        }

        public Request cookie(String cookie) {
            cookies.add(cookie);
            return this;
        }

        /** The query string exactly as sent; by default it is built from the query parameters. */
        public Request rawQueryString(String rawQueryString) {
            this.rawQueryString = rawQueryString;
            return this;
        }

        public Request sourceIp(String sourceIp) {
            this.sourceIp = sourceIp;
            return this;
        }

        public Request body(byte[] body) {
            this.body = body;
            return this;
        }

        public Request body(String body) {
            return body(body.getBytes(StandardCharsets.UTF_8));
        }

        /** API Gateway base64-encodes bodies it does not consider text. */
        public Request base64Encoded() {
            this.base64 = true;
            return this;
        }

        public String toJson() {
            var now = Instant.now();
            var event = new LinkedHashMap<String, Object>();
            event.put("version", "2.0");
            event.put("routeKey", routeKey);
            event.put("rawPath", path);
            event.put("rawQueryString", rawQueryString != null ? rawQueryString : query.entrySet().stream()
                    .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&")));
            if (!cookies.isEmpty()) {
                event.put("cookies", cookies);
            }
            event.put("headers", headers);
            if (!query.isEmpty()) {
                event.put("queryStringParameters", query);
            }
            var http = new LinkedHashMap<String, Object>();
            http.put("method", method);
            http.put("path", path);
            http.put("protocol", "HTTP/1.1");
            http.put("sourceIp", sourceIp);
            http.put("userAgent", headers.getOrDefault("user-agent", ""));
            var context = new LinkedHashMap<String, Object>();
            context.put("accountId", "123456789012");
            context.put("apiId", "local");
            if (claims != null) {
                var jwt = new LinkedHashMap<String, Object>();
                jwt.put("claims", claims);
                jwt.put("scopes", scopes);
                context.put("authorizer", Map.of("jwt", jwt));
            }
            context.put("domainName", "localhost");
            context.put("domainPrefix", "localhost");
            context.put("http", http);
            context.put("requestId", UUID.randomUUID().toString());
            context.put("routeKey", routeKey);
            context.put("stage", "$default");
            context.put("time", REQUEST_TIME.format(now));
            context.put("timeEpoch", now.toEpochMilli());
            event.put("requestContext", context);
            if (!pathParameters.isEmpty()) {
                event.put("pathParameters", pathParameters);
            }
            if (body != null) {
                event.put("body", base64 ? Base64.getEncoder().encodeToString(body)
                        : new String(body, StandardCharsets.UTF_8));
            }
            event.put("isBase64Encoded", base64);
            try {
                return MAPPER.writeValueAsString(event);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}

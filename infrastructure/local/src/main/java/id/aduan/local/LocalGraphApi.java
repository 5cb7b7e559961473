package id.aduan.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import id.aduan.adapters.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * A stand-in for the Instagram Graph API, on a loopback port, so that the local run's reply sender has
 * somewhere to send (nothing leaves the machine). It accepts what the reply sender sends, as Meta does
 * when all goes well: a public reply ({@code POST /{version}/{comment}/replies}) gets a new comment id,
 * a direct message or private reply ({@code POST /{version}/{id}/messages}) a new message id, and hiding
 * a comment succeeds. It also serves what the mention fetcher reads: the account with a mention's
 * field expansion ({@code GET /{version}/{account}?fields=mentioned_comment.comment_id(…){…}}, or
 * {@code mentioned_media.media_id(…)}) answers a sample text, since a mention delivery carries none and
 * the local run has no Instagram to read it from; and the account health check's token refresh,
 * debug_token and subscription reads are answered as for a healthy account. It keeps which calls it
 * answered, never their text.
 */
final class LocalGraphApi implements AutoCloseable {

    private static final Pattern REPLIES = Pattern.compile("/v\\d+\\.\\d+/[A-Za-z0-9_]+/replies");
    private static final Pattern MESSAGES = Pattern.compile("/v\\d+\\.\\d+/[A-Za-z0-9_]+/messages");
    private static final Pattern COMMENT = Pattern.compile("/v\\d+\\.\\d+/[A-Za-z0-9_]+");
    private static final Pattern DEBUG_TOKEN = Pattern.compile("/v\\d+\\.\\d+/debug_token");
    private static final Pattern SUBSCRIBED_APPS = Pattern.compile("/v\\d+\\.\\d+/[A-Za-z0-9_]+/subscribed_apps");
    private static final Pattern MENTION = Pattern.compile(
            "(mentioned_comment)\\.comment_id\\(([0-9]+)\\)|(mentioned_media)\\.media_id\\(([0-9]+)\\)");
    private static final DateTimeFormatter GRAPH_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXX")
            .withZone(ZoneOffset.UTC);
    /** What a fetched mention says locally: a complaint, so that triage and the SLA clocks have work. */
    static final String SAMPLE_MENTION = "Lampu PJU di Jl. Merdeka mati sejak tiga hari, jalan gelap malam hari";

    /** One call answered: method, path and the Instagram id handed out. */
    record Call(String method, String path, String instagramId) {
    }

    private final HttpServer server;
    private final RunLog log;
    private final AtomicLong ids = new AtomicLong(18_000_000_000_000_000L);
    private final List<Call> calls = new ArrayList<>();

    private LocalGraphApi(HttpServer server, RunLog log) {
        this.server = server;
        this.log = log;
    }

    static LocalGraphApi start(RunLog log) {
        try {
            var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            var graph = new LocalGraphApi(server, log);
            server.createContext("/", graph::answer);
            server.start();
            return graph;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the stand-in Graph API", e);
        }
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            var path = exchange.getRequestURI().getPath();
            var method = exchange.getRequestMethod();
            var body = exchange.getRequestBody().readAllBytes();
            var id = Long.toString(ids.incrementAndGet());
            var health = accountHealth(path, id);
            Object answer;
            if (method.equals("POST") && REPLIES.matcher(path).matches()) {
                answer = Map.of("id", id);
            } else if (method.equals("POST") && MESSAGES.matcher(path).matches()) {
                answer = Map.of("recipient_id", recipient(body), "message_id", "m_local_" + id);
                id = "m_local_" + id;
            } else if (method.equals("POST") && COMMENT.matcher(path).matches()) {
                answer = Map.of("success", true);
            } else if (method.equals("GET") && COMMENT.matcher(path).matches() && mention(exchange).isPresent()) {
                answer = mention(exchange).orElseThrow();
                id = "mention";
            } else if (method.equals("GET") && health.isPresent()) {
                answer = health.get();
            } else {
                answer = Map.of("error", Map.of("message", "the local Graph API does not serve " + method + " " + path,
                        "type", "OAuthException", "code", 100, "fbtrace_id", "local"));
                respond(exchange, 400, answer);
                return;
            }
            synchronized (this) {
                calls.add(new Call(method, path, id));
            }
            log.line("graph: " + method + " " + path + " -> " + id);
            respond(exchange, 200, answer);
        }
    }

    /**
     * What the account health check asks: a refreshed token (a made-up one, living 60 days), a Page
     * token that never expires, and a subscription with every field.
     */
    private static Optional<Object> accountHealth(String path, String id) {
        if (path.equals("/refresh_access_token")) {
            return Optional.of(Map.of("access_token", "aduan-local-access-token-" + id, "token_type", "bearer",
                    "expires_in", Duration.ofDays(60).toSeconds()));
        }
        if (DEBUG_TOKEN.matcher(path).matches()) {
            return Optional.of(Map.of("data", Map.of("type", "PAGE", "is_valid", true, "expires_at", 0,
                    "data_access_expires_at", Instant.now().plus(Duration.ofDays(90)).getEpochSecond())));
        }
        if (SUBSCRIBED_APPS.matcher(path).matches()) {
            return Optional.of(Map.of("data", List.of(Map.of("id", "local-app", "name", "Aduan (local)",
                    "subscribed_fields", List.of("comments", "live_comments", "mentions", "messages", "message_edit")))));
        }
        return Optional.empty();
    }

    /** The mention a field expansion asks for, as Graph answers it: under its field, with a sample text. */
    private static Optional<Map<String, Object>> mention(HttpExchange exchange) {
        var query = exchange.getRequestURI().getQuery();
        var matcher = MENTION.matcher(query == null ? "" : query);
        if (!matcher.find()) {
            return Optional.empty();
        }
        boolean comment = matcher.group(1) != null;
        var mention = Map.of("id", comment ? matcher.group(2) : matcher.group(4),
                comment ? "text" : "caption", SAMPLE_MENTION, "username", "warga_lokal",
                "timestamp", GRAPH_TIME.format(Instant.now()));
        return Optional.of(Map.of(comment ? "mentioned_comment" : "mentioned_media", mention));
    }

    /** A private reply names a comment, not a person: its recipient is made up, as the local run has none. */
    private static String recipient(byte[] body) throws IOException {
        JsonNode request = Json.mapper().readTree(body);
        var id = request.path("recipient").path("id").asText("");
        return id.isEmpty() ? "local-commenter" : id;
    }

    private static void respond(HttpExchange exchange, int status, Object answer) throws IOException {
        var bytes = Json.write(answer).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

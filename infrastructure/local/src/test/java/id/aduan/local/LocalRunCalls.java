package id.aduan.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.aduan.adapters.config.Settings;
import id.aduan.adapters.dynamodb.ComplaintTable;
import id.aduan.adapters.dynamodb.DynamoDbRawDeliveryStore;
import id.aduan.adapters.json.Json;
import id.aduan.core.ingest.DeliveryRecord;
import id.aduan.core.ingest.WebhookSignature;
import id.aduan.core.kernel.Tenant;
import id.aduan.slamonitor.RetentionHandler;
import id.aduan.testkit.InstagramFixtures;
import id.aduan.testkit.SamTemplate;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** A local run of the real template for a test class, and the calls Meta and staff make to it. */
final class LocalRunCalls implements AutoCloseable {

    private static final String APP_SECRET = "it-app-secret";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** The local run's queue poller hands a delivery to the processor within a second or two. */
    private static final Duration TAKEN_IN_WITHIN = Duration.ofSeconds(10);

    final LocalRun run;
    private final Path state;

    private LocalRunCalls(LocalRun run, Path state) {
        this.run = run;
        this.state = state;
    }

    static LocalRunCalls start(Path state) {
        return start(state, Map.of());
    }

    /** With {@code functionSettings} set for every function, over what the template gives them. */
    static LocalRunCalls start(Path state, Map<String, String> functionSettings) {
        return new LocalRunCalls(LocalRun.start(new LocalOptions(SamTemplate.locate(), 0, 0, false, state, APP_SECRET,
                "it-verify-token", Duration.ofMillis(100), Clock.systemUTC(), functionSettings),
                new RunLog(System.out, Clock.systemUTC())), state);
    }

    /**
     * Signs each fixture as Meta does and posts it to the webhook, which must take it, and waits until the
     * processor has taken it in (the webhook answers before), so that fixtures arrive in their order.
     */
    void deliver(String... fixtures) throws IOException, InterruptedException {
        for (String fixture : fixtures) {
            deliverBody(InstagramFixtures.read(fixture));
        }
    }

    /** Signs {@code body} as Meta does, posts it to the webhook and waits until the processor has taken it in. */
    void deliverBody(byte[] body) throws IOException, InterruptedException {
        var deliveries = new DynamoDbRawDeliveryStore(new ComplaintTable(run.deployment().dynamoDb(),
                run.deployment().ref("ComplaintsTable")), Clock.systemUTC());
        var response = HTTP.send(HttpRequest.newBuilder(URI.create(run.url() + "/webhooks/instagram"))
                .header("content-type", "application/json")
                .header("X-Hub-Signature-256", WebhookSignature.sign(body, APP_SECRET))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        awaitTakenIn(deliveries, Json.mapper().readTree(response.body()).path("delivery").asText());
    }

    private static void awaitTakenIn(DynamoDbRawDeliveryStore deliveries, String id) throws InterruptedException {
        var until = Instant.now().plus(TAKEN_IN_WITHIN);
        while (deliveries.load(id).map(stored -> stored.record().status() == DeliveryRecord.Status.RECEIVED)
                .orElse(true)) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("delivery " + id + " not taken in within " + TAKEN_IN_WITHIN.toSeconds() + " s");
            }
            Thread.sleep(50);
        }
    }

    /** A staff ID token of every unit's complaints for one role. */
    String token(String username, String role) {
        return token(username, role, null);
    }

    /** A staff ID token for one role in one unit. */
    String token(String username, String role, String unit) {
        return mint(new TokenMinter.Staff(username, List.of(role), unit, null, Duration.ofMinutes(10)));
    }

    /** A staff ID token of every unit's complaints for one role in one government's staff. */
    String token(Tenant tenant, String username, String role) {
        return mint(new TokenMinter.Staff(username, List.of(role), null, null, Duration.ofMinutes(10), tenant));
    }

    private String mint(TokenMinter.Staff staff) {
        var identity = LocalIdentity.loadOrCreate(new LocalState(state).signingKeyFile());
        return new TokenMinter(identity, Clock.systemUTC()).mint(staff);
    }

    /** Runs the retention job as if it were {@code now}; its answer. */
    JsonNode retentionAt(Instant now) throws IOException {
        var handler = new RetentionHandler(new Settings(run.deployment().environment("RetentionFunction")),
                Clock.fixed(now, ZoneOffset.UTC));
        var output = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8)), output, null);
        return Json.mapper().readTree(output.toByteArray());
    }

    HttpResponse<String> staff(String token, String method, String pathAndQuery, String json)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(run.url() + pathAndQuery)).header("content-type", "application/json")
                .header("Authorization", "Bearer " + token)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request to the local run's own routes ({@code /local/…}), which take no token. */
    HttpResponse<String> local(String method, String path, String json) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(run.url() + path)).header("content-type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        run.close();
    }
}

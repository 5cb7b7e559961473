package id.aduan.bench;

import com.fasterxml.jackson.databind.JsonNode;
import id.aduan.adapters.config.Settings;
import id.aduan.adapters.json.Json;
import id.aduan.core.ingest.WebhookSignature;
import id.aduan.staff.StaffApiHandler;
import id.aduan.staff.Wiring;
import id.aduan.testkit.AwsEmulator;
import id.aduan.testkit.Deployment;
import id.aduan.testkit.HttpApiEvents;
import id.aduan.testkit.SamTemplate;
import id.aduan.testkit.TestSecrets;
import id.aduan.webhook.InstagramWebhookHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Warm staff API handler time against the emulator, and DynamoDB requests, for listing, opening and
 * each kind of change, over a table holding {@code complaints} complaints taken in through the real
 * webhook. Usage: {@code StaffApiLatency [complaints] [requests per kind]}. A request answered with an
 * error is counted and reported, not retried: under load the emulator can time out a write it then
 * applies, and its retry then meets the new version (DynamoDB itself makes such a retry idempotent).
 */
public final class StaffApiLatency {

    private static final Map<String, String> TRIAGE = Map.of("sub", "bench-triage", "cognito:username", "bench",
            "cognito:groups", "[triage]", "token_use", "id");
    private static final Map<String, String> AGENT = Map.of("sub", "bench-agent", "cognito:username", "agent",
            "cognito:groups", "[agent]", "custom:unit", "BINA_MARGA_SDA", "token_use", "id");

    private final StaffApiHandler staff;
    private final Wiring wiring;

    private StaffApiLatency(Deployment deployment) {
        wiring = new Wiring(new Settings(deployment.environment("StaffApiFunction")), Clock.systemUTC());
        staff = new StaffApiHandler(wiring);
    }

    public static void main(String[] args) throws IOException {
        int complaints = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        try (var emulator = AwsEmulator.fromEnvironment()) {
            emulator.reset();
            var deployment = Deployment.create(emulator, SamTemplate.locate(), "aduan-bench", TestSecrets.byLogicalId());
            var ids = ingest(deployment, complaints);
            var bench = new StaffApiLatency(deployment);
            for (int i = 0; i < ids.size(); i += 3) {
                bench.call("POST", "/complaints/{id}/actions", ids.get(i), TRIAGE, verify(1));
                bench.call("POST", "/complaints/{id}/actions", ids.get(i), TRIAGE, "{\"action\":\"FORWARD\",\"version\":2}");
            }
            System.out.printf("%d complaints in the table, a third of them forwarded to BINA_MARGA_SDA%n", ids.size());
            System.out.println("request                                   n  p50 ms  p90 ms  p99 ms  DynamoDB requests (mean, max)");
            bench.warm(ids);
            bench.report("GET /complaints (triage, all statuses)", bench.measure(count,
                    n -> bench.list(TRIAGE, Map.of())));
            bench.report("GET /complaints?status=NEW", bench.measure(count,
                    n -> bench.list(TRIAGE, Map.of("status", "NEW"))));
            bench.report("GET /complaints (agent, own unit, OPEN)", bench.measure(count,
                    n -> bench.list(AGENT, Map.of("status", "OPEN"))));
            bench.report("GET /complaints?q=motor&priority=HIGH", bench.measure(count,
                    n -> bench.list(TRIAGE, Map.of("q", "motor", "priority", "HIGH"))));
            bench.report("GET /complaints/{id}", bench.measure(count,
                    n -> bench.call("GET", "/complaints/{id}", ids.get(n % ids.size()), TRIAGE, null)));
            var fresh = ids.subList(1, ids.size()).stream().filter(id -> ids.indexOf(id) % 3 != 0).toList();
            int changes = Math.min(count, fresh.size() / 2);
            bench.report("POST actions VERIFY", bench.measure(changes,
                    n -> bench.call("POST", "/complaints/{id}/actions", fresh.get(n), TRIAGE, verify(1))));
            bench.report("POST actions FORWARD", bench.measure(changes,
                    n -> bench.call("POST", "/complaints/{id}/actions", fresh.get(n), TRIAGE,
                            "{\"action\":\"FORWARD\",\"version\":2}")));
            bench.report("POST notes", bench.measure(changes,
                    n -> bench.call("POST", "/complaints/{id}/notes", fresh.get(n), TRIAGE,
                            "{\"text\":\"dicek petugas\",\"version\":3}")));
            bench.report("POST replies (template, public)", bench.measure(changes,
                    n -> bench.call("POST", "/complaints/{id}/replies", fresh.get(n), TRIAGE,
                            "{\"method\":\"PUBLIC_COMMENT_REPLY\",\"template\":\"FORWARDED\",\"version\":4}")));
            var other = fresh.subList(changes, fresh.size());
            var original = bench.code(ids.get(0));
            bench.report("POST actions REJECT as DUPLICATE", bench.measure(Math.min(changes, other.size()),
                    n -> bench.call("POST", "/complaints/{id}/actions", other.get(n), TRIAGE,
                            "{\"action\":\"REJECT\",\"rejection\":\"DUPLICATE\",\"duplicateOf\":\"" + original
                                    + "\",\"version\":1}")));
            bench.report("GET /complaints/{id} of an original with merged duplicates", bench.measure(count,
                    n -> bench.call("GET", "/complaints/{id}", ids.get(0), TRIAGE, null)));
        }
    }

    private static List<String> ingest(Deployment deployment, int complaints) throws IOException {
        var webhook = new InstagramWebhookHandler(new id.aduan.webhook.Wiring(
                new Settings(deployment.environment("InstagramWebhookFunction")), Clock.systemUTC()));
        for (int n = 0; n < complaints; n++) {
            var body = SampleDeliveries.comment(n).getBytes(StandardCharsets.UTF_8);
            var event = HttpApiEvents.request("POST", "/webhooks/instagram").body(body)
                    .header("x-hub-signature-256", WebhookSignature.sign(body, TestSecrets.APP_SECRET)).toJson();
            webhook.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)),
                    new ByteArrayOutputStream(), null);
        }
        new QueuedDeliveries(deployment).drain();
        return BenchComplaints.newIds(deployment);
    }

    private static String verify(long version) {
        return "{\"action\":\"VERIFY\",\"unit\":\"BINA_MARGA_SDA\",\"category\":\"Jalan rusak\",\"priority\":\"HIGH\","
                + "\"version\":" + version + "}";
    }

    private record Sample(double millis, long dynamoDbRequests, boolean failed) {
    }

    private void warm(List<String> ids) {
        measure(50, n -> list(TRIAGE, Map.of()));
        measure(50, n -> call("GET", "/complaints/{id}", ids.get(n % ids.size()), TRIAGE, null));
    }

    private List<Sample> measure(int count, IntFunction<JsonNode> request) {
        var samples = new ArrayList<Sample>();
        var requests = wiring.runtime().requests();
        for (int n = 0; n < count; n++) {
            long before = requests.total("DynamoDb");
            long start = System.nanoTime();
            var response = request.apply(n);
            long elapsed = System.nanoTime() - start;
            samples.add(new Sample(elapsed / 1e6, requests.total("DynamoDb") - before,
                    response.path("statusCode").asInt() >= 300));
        }
        return samples;
    }

    private JsonNode list(Map<String, String> claims, Map<String, String> query) {
        var request = HttpApiEvents.request("GET", "/complaints").claims(claims);
        query.forEach(request::query);
        return invoke(request);
    }

    private JsonNode call(String method, String route, String id, Map<String, String> claims, String body) {
        return invoke(staffRequest(method, route, id, claims, body));
    }

    /** A staff API request on a complaint's route, as API Gateway passes it after checking the token. */
    static HttpApiEvents.Request staffRequest(String method, String route, String id, Map<String, String> claims,
                                              String body) {
        var request = HttpApiEvents.request(method, route.replace("{id}", id)).routeKey(method + " " + route)
                .pathParameter("id", id).claims(claims).header("content-type", "application/json");
        if (body != null) {
            request.body(body);
        }
        return request;
    }

    private String code(String id) {
        var body = call("GET", "/complaints/{id}", id, TRIAGE, null).path("body").asText();
        try {
            return Json.mapper().readTree(body).path("trackingCode").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode invoke(HttpApiEvents.Request request) {
        try {
            var out = new ByteArrayOutputStream();
            staff.handleRequest(new ByteArrayInputStream(request.toJson().getBytes(StandardCharsets.UTF_8)), out, null);
            return Json.mapper().readTree(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void report(String kind, List<Sample> samples) {
        var millis = new ArrayList<>(samples.stream().map(Sample::millis).toList());
        Collections.sort(millis);
        double requests = samples.stream().mapToLong(Sample::dynamoDbRequests).average().orElse(0);
        long most = samples.stream().mapToLong(Sample::dynamoDbRequests).max().orElse(0);
        long failed = samples.stream().filter(Sample::failed).count();
        System.out.printf("%-40s %4d %7.1f %7.1f %7.1f  %.1f, %d%s%n", kind, samples.size(), percentile(millis, 50),
                percentile(millis, 90), percentile(millis, 99), requests, most,
                failed == 0 ? "" : "  (" + failed + " answered with an error)");
    }

    private static double percentile(List<Double> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }
}

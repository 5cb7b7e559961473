package id.aduan.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.aduan.adapters.json.Json;
import id.aduan.core.complaint.Channel;
import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.ComplaintDetail;
import id.aduan.core.complaint.TimelineEvent;
import id.aduan.core.ingest.WebhookSignature;
import id.aduan.core.sla.ClockKind;
import id.aduan.core.sla.ClockState;
import id.aduan.testkit.InstagramFixtures;
import id.aduan.testkit.SamTemplate;
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
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real template.yaml run locally, driven over HTTP the way Meta and a newcomer drive it. */
class LocalRunIT {

    private static final String APP_SECRET = "it-app-secret";
    private static final String VERIFY_TOKEN = "it-verify-token";
    private static final String WEBHOOK = "/webhooks/instagram";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path state;
    private static LocalRun run;

    @BeforeAll
    static void start() {
        run = LocalRun.start(new LocalOptions(SamTemplate.locate(), 0, 0, false, state, APP_SECRET, VERIFY_TOKEN,
                Duration.ofMillis(100), Clock.systemUTC()), new RunLog(System.out, Clock.systemUTC()));
    }

    @AfterAll
    static void stop() {
        run.close();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(run.url() + pathAndQuery));
    }

    private static HttpResponse<String> deliver(byte[] body, String signature) throws IOException, InterruptedException {
        return send(request(WEBHOOK).header("content-type", "application/json").header("X-Hub-Signature-256", signature)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private static int storedItems() {
        return run.deployment().items("ComplaintsTable").size();
    }

    @Test
    void signedDeliveryOpensAComplaintThatTheLookUpFinds() throws Exception {
        var body = InstagramFixtures.read("comment-complaint.json");

        var response = deliver(body, WebhookSignature.sign(body, APP_SECRET));

        assertThat(response.statusCode()).isEqualTo(200);
        var answer = Json.mapper().readTree(response.body());
        assertThat(answer.path("status").asText()).isEqualTo("ACCEPTED");
        var lookup = ComplaintLookup.of(new LocalState(state).running().orElseThrow());
        Complaint newest = QueuedComplaints.await(lookup, c -> "17900000000000101".equals(c.replyTarget().instagramId()));
        var detail = lookup.byTrackingCode(newest.trackingCode()).orElseThrow();
        assertThat(detail.complaint().id()).isEqualTo(newest.id());
        assertThat(detail.messages()).isNotEmpty();
        assertThat(ComplaintLookup.print(detail)).contains("\"trackingCode\" : \"" + newest.trackingCode().value() + "\"");
    }

    @Test
    void replyQueuedThroughTheStaffApiIsSentToTheStandInGraphApiAndStopsTheFirstResponseClock() throws Exception {
        var body = InstagramFixtures.read("comment-reply-in-thread.json");
        deliver(body, WebhookSignature.sign(body, APP_SECRET));
        var lookup = ComplaintLookup.of(new LocalState(state).running().orElseThrow());
        Complaint complaint = QueuedComplaints.await(lookup, c -> "17900000000000101".equals(c.replyTarget().instagramId()));
        var callsBefore = run.graph().calls().size();

        var queued = staff(token("tia.triage", "triage", null), "POST",
                "/complaints/" + complaint.trackingCode().value() + "/replies", """
                {"method": "PUBLIC_COMMENT_REPLY", "text": "Terima kasih, aduan Anda kami catat.", "version": %d}"""
                        .formatted(complaint.version()));
        assertThat(queued.statusCode()).as(queued.body()).isEqualTo(202);

        var until = Instant.now().plus(Duration.ofSeconds(30));
        ComplaintDetail detail = lookup.byTrackingCode(complaint.trackingCode()).orElseThrow();
        while (detail.timeline().stream().noneMatch(e -> e.type() == TimelineEvent.Type.REPLY_SENT)
                && Instant.now().isBefore(until)) {
            Thread.sleep(200);
            detail = lookup.byTrackingCode(complaint.trackingCode()).orElseThrow();
        }
        var sent = detail.timeline().stream().filter(e -> e.type() == TimelineEvent.Type.REPLY_SENT).toList();
        assertThat(sent).singleElement().satisfies(event ->
                assertThat(event.details().get("instagramId")).isEqualTo(run.graph().calls().getLast().instagramId()));
        assertThat(run.graph().calls()).hasSize(callsBefore + 1);
        assertThat(run.graph().calls().getLast().path()).endsWith("/" + complaint.replyTarget().instagramId() + "/replies");
        assertThat(detail.complaint().firstResponseAt()).isNotNull();
        assertThat(detail.complaint().clocks().clock(ClockKind.FIRST_RESPONSE).orElseThrow().state())
                .isInstanceOf(ClockState.Stopped.class);
    }

    @Test
    void mentionTextIsFetchedFromTheStandInGraphApi() throws Exception {
        var body = InstagramFixtures.read("mention-comment.json");
        deliver(body, WebhookSignature.sign(body, APP_SECRET));
        var lookup = ComplaintLookup.of(new LocalState(state).running().orElseThrow());
        Complaint mention = QueuedComplaints.await(lookup, Complaint::contentPending);

        var fired = send(request(LocalEndpoints.FIRE + "MentionContentFunction")
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(fired.statusCode()).as(fired.body()).isEqualTo(200);
        assertThat(Json.mapper().readTree(fired.body()).path("fetched").asInt()).isEqualTo(1);
        var detail = lookup.byTrackingCode(mention.trackingCode()).orElseThrow();
        assertThat(detail.complaint().contentPending()).isFalse();
        assertThat(detail.complaint().text()).isEqualTo(LocalGraphApi.SAMPLE_MENTION);
        assertThat(detail.timeline()).extracting(TimelineEvent::type).contains(TimelineEvent.Type.CONTENT_FETCHED)
                .doesNotContain(TimelineEvent.Type.CONTENT_UNAVAILABLE);
    }

    @Test
    void badSignatureIsRefusedAndNothingIsStored() throws Exception {
        var before = storedItems();
        var body = InstagramFixtures.read("dm-text.json");

        var response = deliver(body, WebhookSignature.sign(body, "not-the-app-secret"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(storedItems()).isEqualTo(before);
    }

    @Test
    void subscriptionHandshakeAnswersTheChallengeOnlyForTheVerifyToken() throws Exception {
        var query = "?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=";

        var accepted = send(request(WEBHOOK + query + VERIFY_TOKEN));
        var refused = send(request(WEBHOOK + query + "guess"));

        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(accepted.body()).isEqualTo("1158201444");
        assertThat(refused.statusCode()).isEqualTo(403);
    }

    @Test
    void everyDeclaredRouteIsServedAndNothingElse() throws Exception {
        var routes = run.options().template().functions().stream().flatMap(f -> f.httpRoutes().stream()).toList();
        assertThat(routes).isNotEmpty();
        for (SamTemplate.HttpRoute route : routes) {
            var path = route.path().replaceAll("\\{[^}]+}", "x");
            var response = send(request(path).method(route.method(), HttpRequest.BodyPublishers.noBody()));
            assertThat(response.body()).as(route.routeKey()).isNotEqualTo("{\"message\":\"Not Found\"}");
            for (String other : Set.of("GET", "POST", "PUT", "PATCH", "DELETE")) {
                if (!RoutePaths.served(routes, other, route.path())) {
                    assertThat(send(request(path).method(other, HttpRequest.BodyPublishers.noBody())).statusCode())
                            .as(other + " " + route.path()).isEqualTo(404);
                }
            }
        }
        var unknown = send(request("/webhooks/facebook"));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).isEqualTo("{\"message\":\"Not Found\"}");
    }

    @Test
    void duringAnOutageOfTheStoreDeliveriesAreRefusedAndTheRedeliveryAfterItIsTakenIn() throws Exception {
        var body = new String(InstagramFixtures.read("comment-complaint.json"), StandardCharsets.UTF_8)
                .replace("17900000000000101", "17900000000000777").getBytes(StandardCharsets.UTF_8);
        var signature = WebhookSignature.sign(body, APP_SECRET);

        var tooLong = send(request(LocalEndpoints.OUTAGE).POST(HttpRequest.BodyPublishers.ofString("{\"seconds\": 601}")));
        var outage = send(request(LocalEndpoints.OUTAGE).POST(HttpRequest.BodyPublishers.ofString("{\"seconds\": 8}")));
        var during = deliver(body, signature);
        var redelivered = during;
        for (var deadline = Instant.now().plusSeconds(60); redelivered.statusCode() != 200 && Instant.now().isBefore(deadline); ) {
            Thread.sleep(500);
            redelivered = deliver(body, signature);
        }

        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(outage.statusCode()).isEqualTo(200);
        assertThat(during.statusCode()).isEqualTo(503);
        assertThat(redelivered.statusCode()).isEqualTo(200);
        var lookup = ComplaintLookup.of(new LocalState(state).running().orElseThrow());
        assertThat(QueuedComplaints.await(lookup, c -> "17900000000000777".equals(c.replyTarget().instagramId())).channel())
                .isEqualTo(Channel.COMMENT);
    }

    @Test
    void firingTheRetryScheduleRunsItNow() throws Exception {
        var response = send(request(LocalEndpoints.FIRE + "DeliveryRetryFunction").POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode report = Json.mapper().readTree(response.body());
        assertThat(report.has("replayed")).isTrue();
    }

    @Test
    void firingTheAccountHealthCheckRefreshesTheTokenAtTheStandInGraphApi() throws Exception {
        var response = send(request(LocalEndpoints.FIRE + "AccountHealthFunction").POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(response.statusCode()).isEqualTo(200);
        // No account is registered locally: the deployment's own, named "me" by its token, is checked.
        JsonNode report = Json.mapper().readTree(response.body()).path("accounts").path("me");
        assertThat(report.path("token").path("outcome").asText()).isEqualTo("REFRESHED");
        assertThat(report.path("subscription").path("healthy").asBoolean()).isTrue();
        assertThat(run.graph().calls()).extracting(LocalGraphApi.Call::path).contains("/refresh_access_token");
    }

    @Test
    void theStateFileTellsTheCommandsWhereTheRunIs() {
        var recorded = new LocalState(state).running().orElseThrow();

        assertThat(recorded.url()).isEqualTo(run.url().toString());
        assertThat(recorded.tableName()).isEqualTo(run.deployment().ref("ComplaintsTable"));
        assertThat(List.of(recorded.pid())).containsExactly(ProcessHandle.current().pid());
    }

    @Test
    void staffWorkAComplaintFromTriageToResolutionAndAnotherUnitCannotSeeIt() throws Exception {
        var body = InstagramFixtures.read("dm-text.json");
        assertThat(deliver(body, WebhookSignature.sign(body, APP_SECRET)).statusCode()).isEqualTo(200);
        QueuedComplaints.await(ComplaintLookup.of(new LocalState(state).running().orElseThrow()),
                complaint -> complaint.channel() == Channel.DM);
        var triage = token("tia.triage", "triage", null);
        var agent = token("adi.bencana", "agent", "BENCANA");
        var otherAgent = token("ani.sosial", "agent", "SOSIAL");

        var queue = staff(triage, "GET", "/complaints?status=NEW&channel=DM", null);
        assertThat(queue.statusCode()).isEqualTo(200);
        var complaint = Json.mapper().readTree(queue.body()).path("complaints").get(0);
        var path = "/complaints/" + complaint.path("trackingCode").asText();
        var verified = staff(triage, "POST", path + "/actions", """
                {"action": "VERIFY", "unit": "BENCANA", "category": "Pohon tumbang", "priority": "URGENT", "version": 1}""");
        var forwarded = staff(triage, "POST", path + "/actions", "{\"action\": \"FORWARD\", \"version\": 2}");
        var seenByAgent = staff(agent, "GET", path, null);
        var started = staff(agent, "POST", path + "/actions", "{\"action\": \"START_FOLLOW_UP\", \"version\": 3}");
        var resolved = staff(agent, "POST", path + "/actions", "{\"action\": \"RESOLVE\", \"version\": 4}");

        assertThat(List.of(verified, forwarded, seenByAgent, started, resolved)).allSatisfy(response ->
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200));
        assertThat(seenByAgent.headers().firstValue("etag")).contains("\"3\"");
        assertThat(Json.mapper().readTree(resolved.body()).path("status").asText()).isEqualTo("RESOLVED");
        assertThat(staff(otherAgent, "GET", path, null).statusCode()).isEqualTo(404);
        assertThat(staff(null, "GET", path, null).statusCode()).isEqualTo(401);
    }

    @Test
    void theStaffApiShowsWhatSupportsOrWeakensADeliveredComplaintAndWhichLocalOfficeItNames() throws Exception {
        var text = "Punten min, ngurus surat pengantar di kel. Cipedes udah seminggu ga beres, pegawainya ga ada terus";
        for (var body : List.of(dm("6123456789012701", "bG9jYWwtb2ZmaWNlLWE", text, false),
                dm("6123456789012702", "bG9jYWwtb2ZmaWNlLWI", text, true))) {
            assertThat(deliver(body, WebhookSignature.sign(body, APP_SECRET)).statusCode()).isEqualTo(200);
        }
        var lookup = ComplaintLookup.of(new LocalState(state).running().orElseThrow());
        for (var sender : List.of("6123456789012701", "6123456789012702")) {
            QueuedComplaints.await(lookup, complaint -> sender.equals(complaint.reporter().instagramId()));
        }
        var triage = token("tia.triage", "triage", null);

        var queue = Json.mapper().readTree(staff(triage, "GET", "/complaints?status=NEW&channel=DM", null).body());
        var details = new java.util.ArrayList<JsonNode>();
        for (var row : queue.path("complaints")) {
            if (row.path("text").asText().equals(text)) {
                details.add(Json.mapper().readTree(staff(triage, "GET", "/complaints/" + row.path("trackingCode").asText(), null).body()));
            }
        }

        assertThat(details).hasSize(2).allSatisfy(detail -> {
            assertThat(detail.path("triage").path("unit").asText()).isEqualTo("KEWILAYAHAN");
            assertThat(detail.path("triage").path("office").path("code").asText()).isEqualTo("32.73.07.1002");
        });
        var withPhoto = details.stream().filter(detail -> detail.path("authenticity").size() == 3).findFirst().orElseThrow();
        assertThat(withPhoto.path("authenticity").toString()).isEqualTo("""
                [{"signal":"PLACE_NAMED","effect":"SUPPORTS","reason":"Menyebut Kel. Cipedes"},\
                {"signal":"MEDIA_ATTACHED","effect":"SUPPORTS","reason":"Melampirkan 1 foto/video"},\
                {"signal":"SAME_TEXT_ELSEWHERE","effect":"WEAKENS","reason":"Teks yang sama dikirim 1 akun lain beberapa hari ini"}]""");
    }

    /** A DM from {@code sender}, with a photo when asked. */
    private static byte[] dm(String sender, String mid, String text, boolean photo) {
        var attachments = photo ? """
                , "attachments": [{"type": "image", "payload": {"url": "https://lookaside.fbsbx.com/ig_messaging_cdn/?asset_id=1"}}]""" : "";
        return """
                {"object": "instagram", "entry": [{"id": "17841400000000001", "time": 1785902000123, "messaging": [
                  {"sender": {"id": "%s"}, "recipient": {"id": "17841400000000001"}, "timestamp": 1785902000000,
                   "message": {"mid": "%s", "text": "%s"%s}}]}]}""".formatted(sender, mid, text, attachments)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String token(String username, String role, String unit) {
        var identity = LocalIdentity.loadOrCreate(new LocalState(state).signingKeyFile());
        return new TokenMinter(identity, Clock.systemUTC()).mint(new TokenMinter.Staff(username, List.of(role), unit,
                null, Duration.ofMinutes(10)));
    }

    private static HttpResponse<String> staff(String token, String method, String pathAndQuery, String json)
            throws IOException, InterruptedException {
        var request = request(pathAndQuery).header("content-type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }
}

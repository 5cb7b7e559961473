package id.aduan.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import id.aduan.core.complaint.TimelineEvent;
import id.aduan.testkit.AwsEmulatorExtension;
import id.aduan.testkit.Deployment;
import id.aduan.testkit.TestSecrets;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Hiding the reporter's comment through a local stand-in for the Graph API. */
@ExtendWith(AwsEmulatorExtension.class)
class HideIT {

    private HttpServer graph;
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile String answer = "{\"success\": true}";
    private StaffApi api;
    private Seed seed;

    @BeforeEach
    void setUp(Deployment deployment) throws IOException {
        graph = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        graph.createContext("/", exchange -> {
            calls.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                    + exchange.getRequestHeaders().getFirst("Authorization"));
            var body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("content-type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        graph.start();
        api = new StaffApi(deployment, Map.of("GRAPH_API_BASE_URL", "http://127.0.0.1:" + graph.getAddress().getPort()));
        seed = new Seed(api);
    }

    @AfterEach
    void stop() {
        graph.stop(0);
    }

    @Test
    void hidingTheCommentAsksInstagramWithTheAccessTokenAndRecordsIt() {
        var complaint = seed.comment("jual followers murah", Instant.now());
        var id = complaint.id().value();
        var commentId = complaint.replyTarget().instagramId();

        var hidden = api.triage().post(id, "hide", "{\"version\": 1}");
        var again = api.triage().post(id, "hide", "{\"version\": 2}");

        assertThat(hidden.status()).isEqualTo(200);
        assertThat(hidden.header("etag")).isEqualTo("\"2\"");
        assertThat(calls).singleElement().isEqualTo("POST /v25.0/" + commentId + "?hide=true Bearer "
                + TestSecrets.ACCESS_TOKEN);
        assertThat(api.stored(id).timeline()).filteredOn(event -> event.type() == TimelineEvent.Type.COMMENT_HIDDEN)
                .singleElement().satisfies(event -> assertThat(event.details()).containsEntry("instagramId", commentId));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.errorCode()).isEqualTo("ALREADY_HIDDEN");
        var opened = api.triage().open(id).json();
        assertThat(opened.path("replyOptions").path("unavailable").toString()).contains("COMMENT_HIDDEN");
    }

    @Test
    void instagramRefusingIs502AndNothingIsRecorded() {
        status = 400;
        answer = "{\"error\": {\"message\": \"Invalid parameter\", \"type\": \"OAuthException\", \"code\": 100,"
                + " \"fbtrace_id\": \"AbC\"}}";
        var id = seed.comment("spam", Instant.now()).id().value();

        var response = api.triage().post(id, "hide", "{\"version\": 1}");

        assertThat(response.status()).isEqualTo(502);
        assertThat(response.errorCode()).isEqualTo("INSTAGRAM_REFUSED");
        assertThat(response.json().toString()).doesNotContain(TestSecrets.ACCESS_TOKEN);
        assertThat(api.stored(id).complaint().version()).isEqualTo(1);
    }

    @Test
    void aDirectMessageHasNoCommentToHideAndAgentsMayNotHide() {
        var dm = seed.directMessage("halo min", Instant.now()).id().value();

        assertThat(api.triage().post(dm, "hide", "{\"version\": 1}").errorCode()).isEqualTo("NOT_A_COMMENT");
        assertThat(calls).isEmpty();
    }
}

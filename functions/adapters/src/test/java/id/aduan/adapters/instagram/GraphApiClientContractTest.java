package id.aduan.adapters.instagram;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import id.aduan.core.instagram.CommentText;
import id.aduan.core.instagram.DirectMessageText;
import id.aduan.core.instagram.GraphFailure;
import id.aduan.core.instagram.GraphFailure.Kind;
import id.aduan.core.instagram.GraphResult;
import id.aduan.core.instagram.Mention;
import id.aduan.core.instagram.MessagingWindow;
import id.aduan.core.instagram.SentMessage;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The client against a stand-in Graph API on loopback, answering with Meta's documented bodies. */
class GraphApiClientContractTest {

    private static final String ACCOUNT = "17841400000000001";
    private static final String PAGE = "104000000000001";
    private static final String COMMENT = "17858893269000001";
    private static final String IGSID = "6543210987654321";
    private static final String MESSAGES = "/v25.0/" + ACCOUNT + "/messages";
    private static final String TOKEN = "test-token";
    private static final DirectMessageText DM_TEXT = new DirectMessageText("Aduan ADU-7K3Q9 sudah kami terima & dicatat.");

    private static WireMockServer graph;

    private GraphApiClient client;

    @BeforeAll
    static void startGraph() {
        graph = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        graph.start();
    }

    @AfterAll
    static void stopGraph() {
        graph.stop();
    }

    @BeforeEach
    void newClient() {
        graph.resetAll();
        client = clientFor(GraphApiSettings.instagramLogin(ACCOUNT));
    }

    @Test
    void publicReplyIsPostedAsAFormUnderTheCommentsReplies() {
        graph.stubFor(post(urlPathEqualTo("/v25.0/" + COMMENT + "/replies")).willReturn(ok("reply-created.json")));

        GraphResult<String> result = client.replyToComment(COMMENT, new CommentText("Aduan ADU-7K3Q9 kami terima, terima kasih!"));

        assertThat(result).isEqualTo(GraphResult.success("17858893269000099"));
        graph.verify(postRequestedFor(urlPathEqualTo("/v25.0/" + COMMENT + "/replies"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
                .withQueryParam("access_token", absent())
                .withFormParam("message", equalTo("Aduan ADU-7K3Q9 kami terima, terima kasih!")));
    }

    @Test
    void directMessageIsSentAsAResponseFromTheAccount() {
        graph.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(ok("message-sent.json")));

        GraphResult<SentMessage> result = client.sendDirectMessage(IGSID, DM_TEXT, MessagingWindow.STANDARD);

        assertThat(result).isEqualTo(GraphResult.success(new SentMessage(IGSID,
                "aWdfZAG1faXRlbToxOklHTWVzc2FnZAUlEOjE3ODQxNDAwMDAwMDAwMDAxOjM0MDI4MjM2Njg0MTcxMDMwMTI0NDI1OTk2MTI1MjI3")));
        graph.verify(postRequestedFor(urlPathEqualTo(MESSAGES))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"recipient":{"id":"%s"},"messaging_type":"RESPONSE",
                         "message":{"text":"Aduan ADU-7K3Q9 sudah kami terima & dicatat."}}""".formatted(IGSID))));
    }

    @Test
    void humanAgentMessageCarriesTheTag() {
        graph.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(ok("message-sent.json")));

        client.sendDirectMessage(IGSID, DM_TEXT, MessagingWindow.HUMAN_AGENT);

        graph.verify(postRequestedFor(urlPathEqualTo(MESSAGES)).withRequestBody(equalToJson("""
                {"recipient":{"id":"%s"},"messaging_type":"MESSAGE_TAG","tag":"HUMAN_AGENT",
                 "message":{"text":"Aduan ADU-7K3Q9 sudah kami terima & dicatat."}}""".formatted(IGSID))));
    }

    @Test
    void privateReplyIsAddressedToTheComment() {
        graph.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(ok("message-sent.json")));

        GraphResult<SentMessage> result = client.sendPrivateReply(COMMENT, DM_TEXT);

        assertThat(result).isInstanceOf(GraphResult.Success.class);
        graph.verify(postRequestedFor(urlPathEqualTo(MESSAGES)).withRequestBody(equalToJson("""
                {"recipient":{"comment_id":"%s"},
                 "message":{"text":"Aduan ADU-7K3Q9 sudah kami terima & dicatat."}}""".formatted(COMMENT))));
    }

    @ParameterizedTest(name = "hidden={0}")
    @CsvSource({"true", "false"})
    void commentIsHiddenOrShownWithTheHideParameter(boolean hidden) {
        graph.stubFor(post(urlPathEqualTo("/v25.0/" + COMMENT)).willReturn(ok("hide-success.json")));

        GraphResult<String> result = hidden ? client.hideComment(COMMENT) : client.unhideComment(COMMENT);

        assertThat(result).isEqualTo(GraphResult.success(COMMENT));
        graph.verify(postRequestedFor(urlPathEqualTo("/v25.0/" + COMMENT))
                .withQueryParam("hide", equalTo(String.valueOf(hidden)))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
    }

    @Test
    void mentionedCommentIsReadThroughTheAccount() {
        assertMentionReadThroughTheAccount("mentioned-comment.json", () -> client.fetchMentionedComment("17873440459141021"),
                "mentioned_comment.comment_id(17873440459141021){id,text,username,timestamp}",
                new Mention("17873440459141021", "@pemkot_contoh lampu PJU di Jl. Merdeka mati sudah seminggu",
                        "warga_contoh", Instant.parse("2026-03-02T08:15:30Z")));
    }

    @Test
    void mentionedMediaCaptionIsReadThroughTheAccount() {
        assertMentionReadThroughTheAccount("mentioned-media.json", () -> client.fetchMentionedMedia("17920112008063024"),
                "mentioned_media.media_id(17920112008063024){id,caption,username,timestamp}",
                new Mention("17920112008063024", "Banjir lagi di depan pasar, mohon ditindak @pemkot_contoh",
                        "warga_contoh", Instant.parse("2026-03-02T09:00:00Z")));
    }

    @Test
    void facebookLoginSendsThroughTheLinkedPageAtTheConfiguredVersion() {
        client = clientFor(GraphApiSettings.facebookLogin(ACCOUNT, PAGE).withApiVersion("v26.0"));
        graph.stubFor(post(urlPathEqualTo("/v26.0/" + PAGE + "/messages")).willReturn(ok("message-sent.json")));

        GraphResult<SentMessage> result = client.sendDirectMessage(IGSID, DM_TEXT, MessagingWindow.STANDARD);

        assertThat(result).isInstanceOf(GraphResult.Success.class);
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource({
            "error-token-expired.json, 400, TOKEN",
            "error-token-invalid.json, 400, TOKEN",
            "error-window-closed.json, 400, WINDOW_CLOSED",
            "error-recipient-unavailable.json, 400, RECIPIENT_UNAVAILABLE",
            "error-recipient-not-found.json, 400, RECIPIENT_UNAVAILABLE",
            "error-private-reply-not-allowed.json, 400, INVALID",
            "error-invalid-parameter.json, 400, INVALID",
            "error-rate-limited.json, 400, RETRYABLE",
            "error-app-rate-limited.json, 403, RETRYABLE",
            "error-service-unavailable.json, 500, RETRYABLE",
            "error-maybe-sent.json, 500, AMBIGUOUS"
    })
    void documentedErrorBodiesAreClassified(String fixture, int status, Kind expected) {
        graph.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(json(status, fixture)));

        GraphFailure failure = failureOf(client.sendDirectMessage(IGSID, DM_TEXT, MessagingWindow.STANDARD));

        assertThat(failure.kind()).isEqualTo(expected);
        assertThat(failure.httpStatus()).hasValue(status);
        assertThat(failure.message()).isNotBlank();
        assertThat(failure.fbtraceId()).isPresent();
    }

    @Test
    void businessUseCaseThrottlingPausesTheAccountForTheGivenMinutes() {
        graph.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(json(400, "error-rate-limited.json")
                .withHeader("X-Business-Use-Case-Usage", GraphFixtures.read("usage-business-throttled.json"))));

        GraphFailure failure = failureOf(client.sendDirectMessage(IGSID, DM_TEXT, MessagingWindow.STANDARD));

        assertThat(failure.kind()).isEqualTo(Kind.RETRYABLE);
        assertThat(failure.throttled()).isTrue();
        assertThat(failure.retryAfter()).contains(Duration.ofMinutes(12));
    }

    @Test
    void highAppUsageOnAnAppLimitErrorPausesTheAccount() {
        graph.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(json(403, "error-app-rate-limited.json")
                .withHeader("X-App-Usage", GraphFixtures.read("usage-app-high.json"))));

        GraphFailure failure = failureOf(client.sendDirectMessage(IGSID, DM_TEXT, MessagingWindow.STANDARD));

        assertThat(failure.throttled()).isTrue();
        assertThat(failure.retryAfter()).contains(Throttling.APP_USAGE_PAUSE);
    }

    @Test
    void serverErrorWithoutABodyIsRetryable() {
        graph.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(aResponse().withStatus(500)));

        GraphFailure failure = failureOf(client.sendDirectMessage(IGSID, DM_TEXT, MessagingWindow.STANDARD));

        assertThat(failure.kind()).isEqualTo(Kind.RETRYABLE);
        assertThat(failure.httpStatus()).hasValue(500);
    }

    @Test
    void connectionResetAfterASendMayHaveBeenSent() {
        graph.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        GraphFailure failure = failureOf(client.sendDirectMessage(IGSID, DM_TEXT, MessagingWindow.STANDARD));

        assertThat(failure.kind()).isEqualTo(Kind.AMBIGUOUS);
        assertThat(failure.httpStatus()).isEmpty();
    }

    @Test
    void sendCutOffByAConnectionResetIsNotSentAgain() {
        graph.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        client.sendDirectMessage(IGSID, DM_TEXT, MessagingWindow.STANDARD);

        graph.verify(1, postRequestedFor(urlPathEqualTo(MESSAGES)));
    }

    @Test
    void sendRefusedWith401IsARefusedToken() {
        graph.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(json(401, "error-token-expired.json")
                .withHeader("WWW-Authenticate", "OAuth \"Facebook Platform\" \"invalid_token\" \"expired\"")));

        GraphFailure failure = failureOf(client.sendDirectMessage(IGSID, DM_TEXT, MessagingWindow.STANDARD));

        assertThat(failure.kind()).isEqualTo(Kind.TOKEN);
        assertThat(failure.httpStatus()).hasValue(401);
    }

    @Test
    void sendThatTimesOutAfterGoingOutMayHaveBeenSent() {
        client = clientFor(GraphApiSettings.instagramLogin(ACCOUNT).withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(200)));
        graph.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(ok("message-sent.json").withFixedDelay(1_000)));

        GraphFailure failure = failureOf(client.sendDirectMessage(IGSID, DM_TEXT, MessagingWindow.STANDARD));

        assertThat(failure.kind()).isEqualTo(Kind.AMBIGUOUS);
    }

    @Test
    void sendThatCannotConnectIsRetryable() throws Exception {
        int closedPort;
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        var unreachable = new GraphApiClient(GraphApiSettings.instagramLogin(ACCOUNT)
                .withBaseUrl(URI.create("http://127.0.0.1:" + closedPort)), () -> TOKEN);

        GraphFailure failure = failureOf(unreachable.sendDirectMessage(IGSID, DM_TEXT, MessagingWindow.STANDARD));

        assertThat(failure.kind()).isEqualTo(Kind.RETRYABLE);
    }

    @Test
    void refusedTokenIsForgottenSoThatARotatedOneIsRead() {
        graph.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(json(400, "error-token-expired.json")));
        var invalidated = new java.util.concurrent.atomic.AtomicInteger();
        var tokens = new AccessTokenSource() {
            public String accessToken() {
                return TOKEN;
            }

            public void invalidate() {
                invalidated.incrementAndGet();
            }
        };
        var client = new GraphApiClient(GraphApiSettings.instagramLogin(ACCOUNT)
                .withBaseUrl(URI.create("http://127.0.0.1:" + graph.port())), tokens);

        failureOf(client.sendDirectMessage(IGSID, DM_TEXT, MessagingWindow.STANDARD));

        assertThat(invalidated).hasValue(1);
    }

    @Test
    void slowAnswerTimesOutAndIsRetryable() {
        client = clientFor(GraphApiSettings.instagramLogin(ACCOUNT).withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(200)));
        graph.stubFor(post(urlPathEqualTo("/v25.0/" + COMMENT)).willReturn(ok("hide-success.json").withFixedDelay(1_000)));

        GraphFailure failure = failureOf(client.hideComment(COMMENT));

        assertThat(failure.kind()).isEqualTo(Kind.RETRYABLE);
        assertThat(failure.message()).contains("HttpTimeoutException");
    }

    @Test
    void unreadableAnswerToASendMayHaveBeenSent() {
        graph.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(aResponse().withStatus(200).withBody("<html>OK</html>")));

        GraphFailure failure = failureOf(client.sendDirectMessage(IGSID, DM_TEXT, MessagingWindow.STANDARD));

        assertThat(failure.kind()).isEqualTo(Kind.AMBIGUOUS);
        assertThat(failure.message()).isEqualTo("HTTP 200 with an unexpected body: not a JSON object");
    }

    @Test
    void answerWithoutTheExpectedFieldsToARepeatableCallIsRetryable() {
        graph.stubFor(get(urlPathEqualTo("/v25.0/" + ACCOUNT)).willReturn(okJson("{\"id\":\"" + ACCOUNT + "\"}")));

        GraphFailure failure = failureOf(client.fetchMentionedComment("17873440459141021"));

        assertThat(failure.kind()).isEqualTo(Kind.RETRYABLE);
        assertThat(failure.message()).isEqualTo("HTTP 200 with an unexpected body: expected fields missing");
    }

    @Test
    void errorEnvelopeInASuccessStatusIsStillAnError() {
        graph.stubFor(post(urlPathEqualTo("/v25.0/" + COMMENT + "/replies")).willReturn(json(200, "error-token-expired.json")));

        GraphFailure failure = failureOf(client.replyToComment(COMMENT, new CommentText("Aduan ADU-7K3Q9")));

        assertThat(failure.kind()).isEqualTo(Kind.TOKEN);
    }

    @Test
    void accessTokenQuotedByMetaIsRedactedFromTheFailure() {
        graph.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(okJson(
                "{\"error\":{\"message\":\"Malformed access token " + TOKEN + "\",\"type\":\"OAuthException\",\"code\":190}}")
                .withStatus(400)));

        GraphFailure failure = failureOf(client.sendDirectMessage(IGSID, DM_TEXT, MessagingWindow.STANDARD));

        assertThat(failure.summary()).doesNotContain(TOKEN).contains("Malformed access token [access token]");
    }

    private void assertMentionReadThroughTheAccount(
            String fixture, Supplier<GraphResult<Mention>> fetch, String fields, Mention expected) {
        graph.stubFor(get(urlPathEqualTo("/v25.0/" + ACCOUNT)).willReturn(ok(fixture)));

        assertThat(fetch.get()).isEqualTo(GraphResult.success(expected));
        graph.verify(getRequestedFor(urlPathEqualTo("/v25.0/" + ACCOUNT))
                .withQueryParam("fields", equalTo(fields))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
    }

    private GraphApiClient clientFor(GraphApiSettings settings) {
        return new GraphApiClient(settings.withBaseUrl(URI.create("http://127.0.0.1:" + graph.port())), () -> TOKEN);
    }

    private static ResponseDefinitionBuilder ok(String fixture) {
        return json(200, fixture);
    }

    private static ResponseDefinitionBuilder okJson(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    private static ResponseDefinitionBuilder json(int status, String fixture) {
        return okJson(GraphFixtures.read(fixture)).withStatus(status);
    }

    private static GraphFailure failureOf(GraphResult<?> result) {
        assertThat(result).isInstanceOf(GraphResult.Failure.class);
        return ((GraphResult.Failure<?>) result).failure();
    }
}

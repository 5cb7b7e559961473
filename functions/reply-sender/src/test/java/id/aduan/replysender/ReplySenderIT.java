package id.aduan.replysender;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import id.aduan.adapters.config.Settings;
import id.aduan.adapters.dynamodb.ComplaintTable;
import id.aduan.adapters.dynamodb.DynamoDbComplaintStore;
import id.aduan.adapters.json.Json;
import id.aduan.adapters.secrets.SecretsManagerTokenSecret;
import id.aduan.adapters.sqs.QueuedReplyJson;
import id.aduan.core.complaint.Actor;
import id.aduan.core.complaint.ComplaintDetail;
import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.complaint.Reporter;
import id.aduan.core.complaint.TimelineEvent;
import id.aduan.core.health.TokenLife;
import id.aduan.core.ingest.Ingestion;
import id.aduan.core.ingest.IngestionOutcome;
import id.aduan.core.ingest.InstagramChange;
import id.aduan.core.reply.QueuedReply;
import id.aduan.core.reply.ReplyMethod;
import id.aduan.core.reply.RollingHourLimit;
import id.aduan.core.sla.ClockKind;
import id.aduan.core.sla.ClockState;
import id.aduan.core.kernel.Tenant;
import id.aduan.testkit.AwsEmulatorExtension;
import id.aduan.testkit.Deployment;
import id.aduan.testkit.GraphFixtures;
import id.aduan.testkit.TestClock;
import id.aduan.testkit.TestSecrets;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/**
 * The reply sender end to end: replies queued on the template's queue, complaints taken in by the real
 * ingestion into the emulator's table, and a stand-in Graph API on loopback answering with Meta's
 * documented bodies.
 */
@ExtendWith(AwsEmulatorExtension.class)
class ReplySenderIT {

    /** The one government a stack without {@code TENANTS} serves. */
    private static final Tenant HOME = new Tenant("32.73");
    private static final Tenant GARUT = new Tenant("32.05");

    private static final String ACCOUNT = "17841400000000001";
    private static final String MESSAGES = "/v25.0/" + ACCOUNT + "/messages";
    private static final String CITIZEN = "6543210987654321";
    private static final String COMMENT = "17858893269000001";
    private static final String TOP_LEVEL = "17858893269000000";
    private static final String MESSAGE_ID =
            "aWdfZAG1faXRlbToxOklHTWVzc2FnZAUlEOjE3ODQxNDAwMDAwMDAwMDAxOjM0MDI4MjM2Njg0MTcxMDMwMTI0NDI1OTk2MTI1MjI3";
    private static final String TEXT = "Terima kasih, aduan Anda kami teruskan ke dinas terkait.";

    @RegisterExtension
    static final WireMockExtension graph = WireMockExtension.newInstance()
            .options(options().dynamicPort().bindAddress("127.0.0.1")).build();

    private Deployment deployment;
    private ReplySenderHandler handler;
    private ComplaintTable table;
    private Ingestion ingestion;
    private DynamoDbComplaintStore complaints;
    private int replies;

    @BeforeEach
    void deploy(Deployment deployment) {
        this.deployment = deployment;
        handler = new ReplySenderHandler(handlerSettings());
        table = new ComplaintTable(deployment.dynamoDb(), deployment.ref("ComplaintsTable"));
        ingestion = EveryAccount.ingestion(table, HOME, 7);
        complaints = new DynamoDbComplaintStore(table.forTenant(HOME));
    }

    @Test
    void directMessageWithinTheWindowIsSentAndStopsTheFirstResponseClock() {
        var complaint = directMessageComplaint(Duration.ofMinutes(5));
        graph.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(graphAnswer(200, "message-sent.json")));

        var staying = deliver(queue(reply(complaint, ReplyMethod.DM)));

        assertThat(staying).isEmpty();
        graph.verify(1, postRequestedFor(urlPathEqualTo(MESSAGES))
                .withRequestBody(containing("\"recipient\":{\"id\":\"" + CITIZEN + "\"}"))
                .withRequestBody(containing("Terima kasih, aduan Anda kami teruskan")));
        var detail = load(complaint);
        assertThat(detail.complaint().firstResponseAt()).isNotNull();
        assertThat(detail.complaint().clocks().clock(ClockKind.FIRST_RESPONSE).orElseThrow().state())
                .isInstanceOf(ClockState.Stopped.class);
        assertThat(events(detail, TimelineEvent.Type.REPLY_SENT)).singleElement()
                .satisfies(event -> assertThat(event.details()).containsEntry("instagramId", MESSAGE_ID));
        assertThat(item(HOME.id() + "#IG#" + MESSAGE_ID, "IG")).containsEntry("complaintId", AttributeValue.fromS(complaint.value()));
    }

    @Test
    void textWithoutTheTrackingCodeGoesOutWithIt() {
        var complaint = directMessageComplaint(Duration.ofMinutes(5));
        graph.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(graphAnswer(200, "message-sent.json")));

        deliver(queue(reply(complaint, ReplyMethod.DM)));

        var code = load(complaint).complaint().trackingCode().value();
        graph.verify(postRequestedFor(urlPathEqualTo(MESSAGES)).withRequestBody(containing("Kode aduan: " + code)));
    }

    @Test
    void messageDeliveredTwiceIsSentOnce() {
        var complaint = directMessageComplaint(Duration.ofMinutes(5));
        graph.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(graphAnswer(200, "message-sent.json")));
        var messages = queue(reply(complaint, ReplyMethod.DM));

        deliver(messages);
        var again = deliver(messages);

        assertThat(again).isEmpty();
        graph.verify(1, postRequestedFor(urlPathEqualTo(MESSAGES)));
        assertThat(events(load(complaint), TimelineEvent.Type.REPLY_SENT)).hasSize(1);
    }

    @Test
    void twoConsumersAtOnceSendItOnce() throws Exception {
        var complaint = directMessageComplaint(Duration.ofMinutes(5));
        graph.stubFor(post(urlPathEqualTo(MESSAGES))
                .willReturn(graphAnswer(200, "message-sent.json").withFixedDelay(1_000)));
        var messages = queue(reply(complaint, ReplyMethod.DM));
        var other = new ReplySenderHandler(handlerSettings());

        List<List<String>> results = new ArrayList<>();
        try (var executor = Executors.newFixedThreadPool(2)) {
            List<Future<List<String>>> runs = executor.invokeAll(List.<Callable<List<String>>>of(
                    () -> deliver(handler, messages), () -> deliver(other, messages)));
            for (Future<List<String>> run : runs) {
                results.add(run.get());
            }
        }

        graph.verify(1, postRequestedFor(urlPathEqualTo(MESSAGES)));
        assertThat(results).filteredOn(List::isEmpty).hasSize(1);
        assertThat(events(load(complaint), TimelineEvent.Type.REPLY_SENT)).hasSize(1);
    }

    @Test
    void publicReplyToAReplyGoesUnderTheTopLevelComment() {
        var complaint = commentComplaint(TOP_LEVEL);
        graph.stubFor(post(urlPathEqualTo("/v25.0/" + TOP_LEVEL + "/replies")).willReturn(graphAnswer(200, "reply-created.json")));

        var staying = deliver(queue(reply(complaint, ReplyMethod.PUBLIC_COMMENT_REPLY)));

        assertThat(staying).isEmpty();
        graph.verify(1, postRequestedFor(urlPathEqualTo("/v25.0/" + TOP_LEVEL + "/replies")));
        assertThat(load(complaint).complaint().firstResponseAt()).isNotNull();
    }

    @Test
    void privateReplyIsSentOncePerComment() {
        var complaint = commentComplaint(null);
        graph.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(graphAnswer(200, "message-sent.json")));

        deliver(queue(reply(complaint, ReplyMethod.PRIVATE_REPLY)));
        deliver(queue(reply(complaint, ReplyMethod.PRIVATE_REPLY)));

        graph.verify(1, postRequestedFor(urlPathEqualTo(MESSAGES))
                .withRequestBody(containing("\"recipient\":{\"comment_id\":\"" + COMMENT + "\"}")));
        assertThat(events(load(complaint), TimelineEvent.Type.REPLY_FAILED)).singleElement()
                .satisfies(event -> assertThat(event.reason()).isEqualTo("Balasan pribadi untuk komentar ini sudah terkirim"));
    }

    @Test
    void privateReplyOverTheHourlyBudgetComesBackAsANewMessageAndGoesOutWhenTheNextBucketOpens() {
        var clock = new TestClock(new RollingHourLimit(7).nextBucketStart(Instant.now()).minusSeconds(1));
        var settings = new LinkedHashMap<>(handlerSettings().asMap());
        settings.put("PRIVATE_REPLIES_PER_HOUR", "7");
        var sender = new ReplySenderHandler(new Wiring(new Settings(settings), clock));
        var first = commentComplaint("17858893269000011", null);
        var second = commentComplaint("17858893269000012", null);
        graph.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(graphAnswer(200, "message-sent.json")));

        var sent = deliver(sender, queue(reply(first, ReplyMethod.PRIVATE_REPLY)));
        var overBudget = queue(reply(second, ReplyMethod.PRIVATE_REPLY));
        var waiting = deliver(sender, overBudget);

        assertThat(sent).isEmpty();
        assertThat(waiting).isEmpty();
        graph.verify(1, postRequestedFor(urlPathEqualTo(MESSAGES)));
        assertThat(load(second).timeline()).noneMatch(event -> event.type().name().startsWith("REPLY_"));

        clock.advance(Duration.ofSeconds(2));
        var again = receive(Duration.ofSeconds(5));
        assertThat(again).singleElement().satisfies(message -> {
            assertThat(message.messageId()).isNotEqualTo(overBudget.getFirst().messageId());
            assertThat(message.body()).isEqualTo(overBudget.getFirst().body());
            assertThat(message.attributesAsStrings()).containsEntry("ApproximateReceiveCount", "1");
        });
        graph.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"recipient_id\":\"" + CITIZEN + "\",\"message_id\":\"m_next_bucket\"}")));
        assertThat(deliver(sender, again)).isEmpty();
        graph.verify(1, postRequestedFor(urlPathEqualTo(MESSAGES))
                .withRequestBody(containing("\"recipient\":{\"comment_id\":\"17858893269000012\"}")));
        assertThat(events(load(second), TimelineEvent.Type.REPLY_SENT)).singleElement()
                .satisfies(event -> assertThat(event.details()).containsEntry("instagramId", "m_next_bucket"));
    }

    @Test
    void closedWindowFailsWithItsReasonWithoutCallingInstagram() {
        var complaint = directMessageComplaint(Duration.ofDays(2));

        var staying = deliver(queue(reply(complaint, ReplyMethod.DM)));

        assertThat(staying).isEmpty();
        graph.verify(0, postRequestedFor(urlPathEqualTo(MESSAGES)));
        assertThat(events(load(complaint), TimelineEvent.Type.REPLY_FAILED)).singleElement().satisfies(event -> {
            assertThat(event.reason()).isEqualTo("Lebih dari 24 jam sejak pesan terakhir pelapor");
            assertThat(event.details().get("action")).contains("Tidak ada cara membalas");
        });
    }

    @Test
    void windowClosedByInstagramFailsWithTheReasonAndWhatStaffCanDo() {
        var complaint = directMessageComplaint(Duration.ofMinutes(5));
        graph.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(graphAnswer(400, "error-window-closed.json")));

        var staying = deliver(queue(reply(complaint, ReplyMethod.DM)));

        assertThat(staying).isEmpty();
        var detail = load(complaint);
        assertThat(events(detail, TimelineEvent.Type.REPLY_FAILED)).singleElement().satisfies(event -> {
            assertThat(event.reason()).isEqualTo("Instagram menutup jendela pesan untuk pelapor ini");
            assertThat(event.details().get("detail")).contains("WINDOW_CLOSED 10/2534022");
        });
        assertThat(detail.complaint().firstResponseAt()).isNull();
    }

    @Test
    void unavailableRecipientAndInvalidRequestFailWithoutRetrying() {
        var blocked = directMessageComplaint(Duration.ofMinutes(5));
        graph.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(graphAnswer(400, "error-recipient-unavailable.json")));
        var blockedStaying = deliver(queue(reply(blocked, ReplyMethod.DM)));
        var invalid = commentComplaint(null);
        graph.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(graphAnswer(400, "error-private-reply-not-allowed.json")));
        var invalidStaying = deliver(queue(reply(invalid, ReplyMethod.PRIVATE_REPLY)));

        assertThat(blockedStaying).isEmpty();
        assertThat(invalidStaying).isEmpty();
        assertThat(events(load(blocked), TimelineEvent.Type.REPLY_FAILED)).singleElement()
                .satisfies(event -> assertThat(event.reason()).startsWith("Pelapor tidak bisa dihubungi"));
        assertThat(events(load(invalid), TimelineEvent.Type.REPLY_FAILED)).singleElement()
                .satisfies(event -> assertThat(event.details().get("detail")).contains("INVALID 100/2534025"));
    }

    @Test
    void serverErrorComesBackLaterAndIsThenSent() {
        var complaint = directMessageComplaint(Duration.ofMinutes(5));
        graph.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(graphAnswer(503, "error-service-unavailable.json")));
        var messages = queue(reply(complaint, ReplyMethod.DM));

        var staying = deliver(messages);
        graph.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(graphAnswer(200, "message-sent.json")));
        var later = deliver(messages);

        assertThat(staying).containsExactly(messages.getFirst().messageId());
        assertThat(later).isEmpty();
        graph.verify(2, postRequestedFor(urlPathEqualTo(MESSAGES)));
        assertThat(events(load(complaint), TimelineEvent.Type.REPLY_SENT)).hasSize(1);
    }

    @Test
    void throttlingPausesSendingForTheAccount() {
        var first = directMessageComplaint(Duration.ofMinutes(5));
        var second = directMessageComplaint(Duration.ofMinutes(4), "7654321098765432");
        graph.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(graphAnswer(400, "error-rate-limited.json")
                .withHeader("X-Business-Use-Case-Usage", GraphFixtures.read("usage-business-throttled.json"))));

        var throttled = deliver(queue(reply(first, ReplyMethod.DM)));
        var waiting = deliver(queue(reply(second, ReplyMethod.DM)));

        assertThat(throttled).hasSize(1);
        assertThat(waiting).hasSize(1);
        graph.verify(1, postRequestedFor(urlPathEqualTo(MESSAGES)));
        var pausedUntil = Instant.parse(item("PAUSE#" + ACCOUNT, "PAUSE").get("until").s());
        assertThat(pausedUntil).isAfter(Instant.now().plus(Duration.ofMinutes(11)));
        assertThat(load(second).timeline()).noneMatch(event -> event.type().name().startsWith("REPLY_"));
    }

    @Test
    void refusedTokenAlertsOperationsAndIsNotRetried() {
        var alerts = subscribeToAlerts();
        var complaint = directMessageComplaint(Duration.ofMinutes(5));
        graph.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(graphAnswer(400, "error-token-expired.json")));

        var staying = deliver(queue(reply(complaint, ReplyMethod.DM)));

        assertThat(staying).isEmpty();
        var published = deployment.sqs().receiveMessage(request -> request.queueUrl(alerts).waitTimeSeconds(2))
                .messages();
        assertThat(published).singleElement().satisfies(message -> {
            var notification = json(message.body());
            assertThat(notification.path("MessageAttributes").path("kind").path("Value").asText()).isEqualTo("OPERATIONS");
            assertThat(notification.path("Message").asText()).contains("TOKEN 190/463").doesNotContain("test-access-token");
        });
        assertThat(events(load(complaint), TimelineEvent.Type.REPLY_FAILED)).singleElement()
                .satisfies(event -> assertThat(event.reason()).isEqualTo("Instagram menolak token akses aplikasi"));
        assertThat(item("PAUSE#" + ACCOUNT, "PAUSE")).isNotNull();
    }

    @Test
    void tokenRefreshedInTheSecretIsUsedOnceTheCachePeriodEndsWithoutARedeploy() {
        var clock = new TestClock(Instant.now());
        var sender = new ReplySenderHandler(new Wiring(handlerSettings(), clock));
        graph.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(graphAnswer(200, "message-sent.json")));
        deliver(sender, queue(reply(directMessageComplaint(Duration.ofMinutes(5)), ReplyMethod.DM)));

        var secret = new SecretsManagerTokenSecret(deployment.secretsManager(), deployment.ref("InstagramSecret"));
        secret.replace(secret.read(), "test-refreshed-access-token", TokenLife.issued(clock.instant(), Duration.ofDays(60)));
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        deliver(sender, queue(reply(directMessageComplaint(Duration.ofMinutes(4), "7654321098765432"), ReplyMethod.DM)));

        graph.verify(1, postRequestedFor(urlPathEqualTo(MESSAGES))
                .withHeader("Authorization", equalTo("Bearer " + TestSecrets.ACCESS_TOKEN)));
        graph.verify(1, postRequestedFor(urlPathEqualTo(MESSAGES))
                .withHeader("Authorization", equalTo("Bearer test-refreshed-access-token")));
    }

    @Test
    void ambiguousAnswerIsNeverResentAndItsEchoConfirmsIt() {
        var complaint = directMessageComplaint(Duration.ofMinutes(5));
        graph.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(graphAnswer(500, "error-maybe-sent.json")));
        var messages = queue(reply(complaint, ReplyMethod.DM));

        var staying = deliver(messages);
        deliver(messages);

        assertThat(staying).isEmpty();
        graph.verify(1, postRequestedFor(urlPathEqualTo(MESSAGES)));
        var uncertain = load(complaint);
        assertThat(events(uncertain, TimelineEvent.Type.REPLY_UNCERTAIN)).singleElement()
                .satisfies(event -> assertThat(event.details()).containsKey("checkAfter"));
        assertThat(uncertain.complaint().firstResponseAt()).isNull();

        var code = uncertain.complaint().trackingCode().value();
        var outcome = ingestion.apply(new InstagramChange.EchoMessage(ACCOUNT, "m_echo_1", CITIZEN,
                TEXT + "\n\nKode aduan: " + code, Instant.now()));
        var again = ingestion.apply(new InstagramChange.EchoMessage(ACCOUNT, "m_echo_1", CITIZEN,
                TEXT + "\n\nKode aduan: " + code, Instant.now()));

        assertThat(outcome).isInstanceOf(IngestionOutcome.ResponseRecorded.class);
        assertThat(again).isInstanceOf(IngestionOutcome.Duplicate.class);
        var confirmed = load(complaint);
        assertThat(events(confirmed, TimelineEvent.Type.REPLY_SENT)).singleElement()
                .satisfies(event -> assertThat(event.details()).containsEntry("confirmedBy", "echo")
                        .containsEntry("instagramId", "m_echo_1"));
        assertThat(events(confirmed, TimelineEvent.Type.RESPONDED_ON_INSTAGRAM)).isEmpty();
        assertThat(confirmed.complaint().firstResponseAt()).isNotNull();
    }

    @Test
    void echoOfASentReplyIsRecognisedAndNotCountedAgain() {
        var complaint = directMessageComplaint(Duration.ofMinutes(5));
        graph.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(graphAnswer(200, "message-sent.json")));
        deliver(queue(reply(complaint, ReplyMethod.DM)));
        var code = load(complaint).complaint().trackingCode().value();

        var outcome = ingestion.apply(new InstagramChange.EchoMessage(ACCOUNT, MESSAGE_ID, CITIZEN,
                TEXT + "\n\nKode aduan: " + code, Instant.now()));

        assertThat(outcome).isInstanceOf(IngestionOutcome.Duplicate.class);
        var detail = load(complaint);
        assertThat(events(detail, TimelineEvent.Type.RESPONDED_ON_INSTAGRAM)).isEmpty();
        assertThat(events(detail, TimelineEvent.Type.REPLY_SENT)).hasSize(1);
    }

    @Test
    void unreadableMessageGoesToTheDeadLetterQueueOnce() {
        deployment.sqs().sendMessage(request -> request.queueUrl(deployment.ref("ReplyQueue")).messageBody("not a reply"));

        var staying = deliver(receive());

        assertThat(staying).isEmpty();
        var dead = deployment.sqs().receiveMessage(request -> request.queueUrl(deployment.ref("ReplyDeadLetterQueue"))
                .messageAttributeNames("All").waitTimeSeconds(1)).messages();
        assertThat(dead).singleElement().satisfies(message -> {
            assertThat(message.body()).isEqualTo("not a reply");
            assertThat(message.messageAttributes().get("reason").stringValue()).contains("not JSON");
        });
    }

    @Test
    void aReplyNamingATenantIsSentThroughThatTenantsStores() {
        var built = new ArrayList<Tenant>();
        var sender = new ReplySenderHandler(new Wiring(twoTenantSettings(), Clock.systemUTC(), built::add));
        var complaint = EveryAccount.ingestion(table, GARUT, 13).apply(new InstagramChange.CitizenMessage(ACCOUNT,
                "m_garut", CITIZEN, "Jalan di Jl. Cimanuk berlubang besar", List.of(), null,
                Instant.now().minus(Duration.ofMinutes(5)), null));
        var id = ((IngestionOutcome.Created) complaint).id();
        graph.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(graphAnswer(200, "message-sent.json")));

        var staying = deliver(sender, queue(GARUT, reply(id, ReplyMethod.DM)));

        assertThat(staying).isEmpty();
        assertThat(built).containsExactly(GARUT);
        graph.verify(1, postRequestedFor(urlPathEqualTo(MESSAGES)));
        var detail = new DynamoDbComplaintStore(table.forTenant(GARUT)).load(id).orElseThrow();
        assertThat(events(detail, TimelineEvent.Type.REPLY_SENT)).hasSize(1);
    }

    @Test
    void aReplyNamingATenantTheStackDoesNotServeIsRefusedLikeAnUnreadableOne() {
        var built = new ArrayList<Tenant>();
        var sender = new ReplySenderHandler(new Wiring(twoTenantSettings(), Clock.systemUTC(), built::add));
        var complaint = directMessageComplaint(Duration.ofMinutes(5));

        var staying = deliver(sender, queue(new Tenant("32.04"), reply(complaint, ReplyMethod.DM)));

        assertThat(staying).isEmpty();
        assertThat(built).isEmpty();
        graph.verify(0, postRequestedFor(urlPathEqualTo(MESSAGES)));
        var dead = deployment.sqs().receiveMessage(request -> request.queueUrl(deployment.ref("ReplyDeadLetterQueue"))
                .messageAttributeNames("All").waitTimeSeconds(1)).messages();
        assertThat(dead).singleElement().satisfies(message ->
                assertThat(message.messageAttributes().get("reason").stringValue()).contains("tenant 32.04"));
    }

    private ComplaintId directMessageComplaint(Duration ago) {
        return directMessageComplaint(ago, CITIZEN);
    }

    private ComplaintId directMessageComplaint(Duration ago, String sender) {
        var outcome = ingestion.apply(new InstagramChange.CitizenMessage(ACCOUNT, "m_" + sender + "_" + ago.toMillis(),
                sender, "Lampu jalan di Jl. Merdeka mati sejak seminggu", List.of(), null, Instant.now().minus(ago), null));
        return ((IngestionOutcome.Created) outcome).id();
    }

    /** A comment complaint; with {@code parentId} the comment is a reply under that top-level comment. */
    private ComplaintId commentComplaint(String parentId) {
        return commentComplaint(COMMENT, parentId);
    }

    private ComplaintId commentComplaint(String commentId, String parentId) {
        var outcome = ingestion.apply(new InstagramChange.CitizenComment(ACCOUNT, commentId, parentId,
                new Reporter(CITIZEN, "warga.bandung"), "Jalan berlubang di depan pasar, bahaya", "18000000000000001",
                "FEED", false, Instant.now().minus(Duration.ofMinutes(10)), null));
        return ((IngestionOutcome.Created) outcome).id();
    }

    private QueuedReply reply(ComplaintId complaint, ReplyMethod method) {
        replies++;
        return new QueuedReply("01JREPLY0000000000000000" + String.format("%02d", replies), complaint, method, TEXT,
                null, Actor.staff("staff-1", "Petugas"), Instant.now());
    }

    private List<Message> queue(QueuedReply reply) {
        return queue(HOME, reply);
    }

    private List<Message> queue(Tenant tenant, QueuedReply reply) {
        deployment.sqs().sendMessage(request -> request.queueUrl(deployment.ref("ReplyQueue"))
                .messageBody(QueuedReplyJson.write(tenant, reply)));
        return receive();
    }

    private List<Message> receive() {
        return receive(Duration.ofSeconds(1));
    }

    private List<Message> receive(Duration wait) {
        return deployment.sqs().receiveMessage(request -> request.queueUrl(deployment.ref("ReplyQueue"))
                .maxNumberOfMessages(10).waitTimeSeconds((int) wait.toSeconds())
                .messageSystemAttributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT)).messages();
    }

    private List<String> deliver(List<Message> messages) {
        return deliver(handler, messages);
    }

    private List<String> deliver(ReplySenderHandler consumer, List<Message> messages) {
        var records = messages.stream().map(message -> Map.of(
                "messageId", message.messageId(),
                "receiptHandle", message.receiptHandle(),
                "body", message.body(),
                "attributes", message.attributesAsStrings(),
                "eventSource", "aws:sqs")).toList();
        var out = new ByteArrayOutputStream();
        try {
            consumer.handleRequest(new ByteArrayInputStream(Json.write(Map.of("Records", records))
                    .getBytes(StandardCharsets.UTF_8)), out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var failures = new ArrayList<String>();
        json(out.toString(StandardCharsets.UTF_8)).path("batchItemFailures")
                .forEach(failure -> failures.add(failure.path("itemIdentifier").asText()));
        return failures;
    }

    /** The handler's settings on a stack serving Kota Bandung and Kabupaten Garut. */
    private Settings twoTenantSettings() {
        var environment = new LinkedHashMap<>(handlerSettings().asMap());
        environment.put("TENANTS", HOME + "," + GARUT);
        return new Settings(environment);
    }

    private Settings handlerSettings() {
        var environment = new LinkedHashMap<>(deployment.environment("ReplySenderFunction"));
        environment.put("GRAPH_API_BASE_URL", "http://127.0.0.1:" + graph.getPort());
        environment.put("INSTAGRAM_ACCOUNT_ID", ACCOUNT);
        environment.put("REPLY_SEND_INTERVAL_MILLIS", "0");
        return new Settings(environment);
    }

    private String subscribeToAlerts() {
        var sqs = deployment.sqs();
        var url = sqs.createQueue(request -> request.queueName("aduan-test-alerts-inbox")).queueUrl();
        var arn = sqs.getQueueAttributes(request -> request.queueUrl(url).attributeNamesWithStrings("QueueArn"))
                .attributesAsStrings().get("QueueArn");
        deployment.sns().subscribe(request -> request.topicArn(deployment.ref("AlertsTopic")).protocol("sqs").endpoint(arn));
        return url;
    }

    private ComplaintDetail load(ComplaintId id) {
        return complaints.load(id).orElseThrow();
    }

    private static List<TimelineEvent> events(ComplaintDetail detail, TimelineEvent.Type type) {
        return detail.timeline().stream().filter(event -> event.type() == type).toList();
    }

    private Map<String, AttributeValue> item(String pk, String sk) {
        return deployment.dynamoDb().getItem(request -> request.tableName(deployment.ref("ComplaintsTable"))
                .key(Map.of("PK", AttributeValue.fromS(pk), "SK", AttributeValue.fromS(sk)))).item();
    }

    private static com.fasterxml.jackson.databind.JsonNode json(String text) {
        try {
            return Json.mapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ResponseDefinitionBuilder graphAnswer(int status, String fixture) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody(GraphFixtures.read(fixture));
    }
}

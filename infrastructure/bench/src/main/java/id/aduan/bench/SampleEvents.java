package id.aduan.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import id.aduan.adapters.config.Settings;
import id.aduan.adapters.dynamodb.DynamoDbComplaintStore;
import id.aduan.adapters.json.Json;
import id.aduan.adapters.sqs.QueuedReplyJson;
import id.aduan.core.alert.Alert;
import id.aduan.core.complaint.Actor;
import id.aduan.core.ingest.WebhookSignature;
import id.aduan.core.kernel.Status;
import id.aduan.core.reply.QueuedReply;
import id.aduan.core.reply.ReplyMethod;
import id.aduan.testkit.Deployment;
import id.aduan.testkit.GraphFixtures;
import id.aduan.testkit.HttpApiEvents;
import id.aduan.testkit.TestSecrets;
import id.aduan.webhook.InstagramWebhookHandler;
import id.aduan.core.kernel.Tenant;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A realistic first request for each function, with whatever it needs in place first (a complaint to
 * reply to, a mention to fetch, an overdue complaint to sweep), distinct per run so that no run finds
 * its work already done. Graph API calls go to a fake on loopback.
 */
final class SampleEvents implements AutoCloseable {

    private static final Set<String> SUPPORTED = Set.of("InstagramWebhookFunction", "ReplySenderFunction",
            "MentionContentFunction", "SlaMonitorFunction", "AlertNotifierFunction", "StaffApiFunction",
            "DeliveryRetryFunction", "TriageLearnerFunction", "DailyDigestFunction", ColdStartSuite.BASELINE);

    private final Deployment deployment;
    private final InstagramWebhookHandler webhook;
    private final QueuedDeliveries queued;
    private final Tenant tenant;
    private final DynamoDbComplaintStore complaints;
    private final WireMockServer graph;

    SampleEvents(Deployment deployment) {
        this.deployment = deployment;
        this.webhook = new InstagramWebhookHandler(new Settings(deployment.environment("InstagramWebhookFunction")));
        this.queued = new QueuedDeliveries(deployment);
        this.tenant = BenchComplaints.tenant(deployment);
        this.complaints = BenchComplaints.store(deployment);
        this.graph = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        graph.start();
        graph.stubFor(any(urlPathMatching("/v\\d+\\.\\d+/.*/messages")).willReturn(json("message-sent.json")));
        graph.stubFor(any(urlPathMatching("/v\\d+\\.\\d+/.*/replies")).willReturn(json("reply-created.json")));
        graph.stubFor(get(urlPathMatching("/v\\d+\\.\\d+/[^/]+")).willReturn(json("mentioned-comment.json")));
    }

    boolean supports(String logicalId) {
        return SUPPORTED.contains(logicalId);
    }

    /** What a function's environment needs beyond the template's: Graph API calls go to the fake. */
    Map<String, String> environment(Map<String, String> fromTemplate) {
        var environment = new LinkedHashMap<>(fromTemplate);
        if (environment.containsKey("GRAPH_API_BASE_URL")) {
            environment.put("GRAPH_API_BASE_URL", "http://127.0.0.1:" + graph.port());
        }
        return environment;
    }

    String forFunction(String logicalId, int run) {
        return switch (logicalId) {
            case "InstagramWebhookFunction" -> signedPost(SampleDeliveries.comment(run));
            case "ReplySenderFunction" -> queuedReply(run);
            case "MentionContentFunction" -> {
                deliver(SampleDeliveries.mention(run));
                yield scheduled(logicalId);
            }
            case "SlaMonitorFunction" -> {
                deliver(SampleDeliveries.comment(500_000 + run));
                forgetAlertGroupMessages();
                yield scheduled(logicalId);
            }
            case "AlertNotifierFunction" -> snsAlert(run);
            case "StaffApiFunction" -> HttpApiEvents.request("GET", "/complaints").routeKey("GET /complaints")
                    .query("status", "NEW").query("limit", "20")
                    .claims(Map.of("sub", "bench-" + run, "cognito:username", "bench", "cognito:groups", "[triage]", "token_use", "id"))
                    .toJson();
            case "PublicApiFunction" -> {
                deliver(SampleDeliveries.comment(700_000 + run));
                yield HttpApiEvents.request("GET", "/transparansi").routeKey("GET /transparansi").toJson();
            }
            case "DailyDigestFunction" -> {
                forgetDigests();
                yield scheduled(logicalId);
            }
            case "TriageLearnerFunction" -> {
                rewindLearnedModels();
                yield scheduled(logicalId);
            }
            case "DeliveryRetryFunction", ColdStartSuite.BASELINE -> scheduled(logicalId);
            default -> throw new IllegalArgumentException("no sample event for " + logicalId);
        };
    }

    /** A DM that arrived just now (the 24-hour window is open) and a reply queued for it. */
    private String queuedReply(int run) {
        deliver(SampleDeliveries.directMessageAt(700_000 + run, Instant.now()));
        var complaint = complaints.newest(Status.NEW, 1).getFirst();
        var reply = new QueuedReply(UUID.randomUUID().toString(), complaint.id(), ReplyMethod.DM,
                "Terima kasih, laporan " + complaint.trackingCode() + " kami terima.", null,
                Actor.staff("bench", "Bench"), Instant.now());
        var record = new LinkedHashMap<String, Object>();
        record.put("messageId", UUID.randomUUID().toString());
        record.put("receiptHandle", "bench-" + run);
        record.put("body", QueuedReplyJson.write(tenant, reply));
        record.put("attributes", Map.of("ApproximateReceiveCount", "1",
                "SentTimestamp", Long.toString(Instant.now().toEpochMilli())));
        record.put("messageAttributes", Map.of());
        record.put("eventSource", "aws:sqs");
        record.put("eventSourceARN", deployment.arn("ReplyQueue"));
        record.put("awsRegion", "ap-southeast-3");
        return Json.write(Map.of("Records", List.of(record)));
    }

    private String snsAlert(int run) {
        var sns = new LinkedHashMap<String, Object>();
        sns.put("Type", "Notification");
        sns.put("MessageId", UUID.randomUUID().toString());
        sns.put("TopicArn", deployment.arn("AlertsTopic"));
        sns.put("Subject", "[Aduan] Pelanggaran SLA ADU-BENCH");
        sns.put("Message", "Aduan ADU-BENCH (PERHUBUNGAN, PJU mati, HIGH): batas respons pertama terlewati.");
        sns.put("Timestamp", Instant.now().toString());
        sns.put("MessageAttributes", Map.of(
                "kind", Map.of("Type", "String", "Value", "SLA_BREACH"),
                "unit", Map.of("Type", "String", "Value", "PERHUBUNGAN"),
                "alertId", Map.of("Type", "String", "Value", "bench-" + run)));
        var record = Map.of("EventSource", "aws:sns", "EventVersion", "1.0",
                "EventSubscriptionArn", deployment.arn("AlertsTopic") + ":bench", "Sns", sns);
        return Json.write(Map.of("Records", List.of(record)));
    }

    String signedPost(String delivery) {
        var body = delivery.getBytes(StandardCharsets.UTF_8);
        return HttpApiEvents.request("POST", "/webhooks/instagram").body(body)
                .header("content-type", "application/json")
                .header("x-hub-signature-256", WebhookSignature.sign(body, TestSecrets.APP_SECRET))
                .toJson();
    }

    /** Takes a delivery in through the webhook and the processor; their log lines are not the benchmark's output. */
    private void deliver(String delivery) {
        var console = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        try {
            webhook.handleRequest(new ByteArrayInputStream(signedPost(delivery).getBytes(StandardCharsets.UTF_8)),
                    new ByteArrayOutputStream(), null);
            queued.drain();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            System.setOut(console);
        }
    }

    /**
     * Forgets which units had their group message of the hour, so that every run's sweep publishes its
     * alert instead of holding it for the next hour (the outbox's claims, a partition per day of alert groups).
     */
    private void forgetAlertGroupMessages() {
        var groups = Map.of(":value", AttributeValue.fromS("ALERTGROUPS#"));
        keysWhere("contains(PK, :value)", groups).forEach(this::delete);
    }

    /** Forgets the day's digests, so that every run's digest records and publishes them rather than find them sent. */
    private void forgetDigests() {
        var digests = Map.of(":value", AttributeValue.fromS(Alert.Kind.DIGEST.name()));
        keysWhere("kind = :value", digests).forEach(this::delete);
    }

    /**
     * Has the stored routing model end two days ago, so that every run after the first learns a day and
     * saves the model, as the daily run does, instead of finding today learned already.
     */
    private void rewindLearnedModels() {
        var twoDaysAgo = AttributeValue.fromS(LocalDate.now(ZoneOffset.UTC).minusDays(2).toString());
        keysWhere("attribute_exists(learnedThrough)", Map.of()).forEach(key -> dynamoDb().updateItem(request ->
                request.tableName(table()).key(key).updateExpression("SET learnedThrough = :through")
                        .expressionAttributeValues(Map.of(":through", twoDaysAgo))));
    }

    /** The keys of the table's items that {@code filter} matches. */
    private Iterable<Map<String, AttributeValue>> keysWhere(String filter, Map<String, AttributeValue> values) {
        return dynamoDb().scanPaginator(request -> request.tableName(table()).projectionExpression("PK, SK")
                .filterExpression(filter).expressionAttributeValues(values.isEmpty() ? null : values)).items();
    }

    private void delete(Map<String, AttributeValue> key) {
        dynamoDb().deleteItem(request -> request.tableName(table()).key(key));
    }

    private DynamoDbClient dynamoDb() {
        return deployment.dynamoDb();
    }

    private String table() {
        return deployment.ref("ComplaintsTable");
    }

    /** The event EventBridge sends a scheduled function. */
    static String scheduled(String rule) {
        return """
                {"version":"0","id":"%s","detail-type":"Scheduled Event","source":"aws.events",\
                "account":"123456789012","time":"%s","region":"ap-southeast-3",\
                "resources":["arn:aws:events:ap-southeast-3:123456789012:rule/%s"],"detail":{}}"""
                .formatted(UUID.randomUUID(), Instant.now(), rule);
    }

    private static ResponseDefinitionBuilder json(String fixture) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(GraphFixtures.read(fixture));
    }

    @Override
    public void close() {
        graph.stop();
    }
}

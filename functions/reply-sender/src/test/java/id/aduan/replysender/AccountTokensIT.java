package id.aduan.replysender;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import id.aduan.adapters.config.Settings;
import id.aduan.adapters.dynamodb.ComplaintTable;
import id.aduan.adapters.dynamodb.DynamoDbConfigStore;
import id.aduan.adapters.json.Json;
import id.aduan.adapters.sqs.QueuedReplyJson;
import id.aduan.core.account.AccountCatalog;
import id.aduan.core.account.AccountFlavour;
import id.aduan.core.account.InstagramAccount;
import id.aduan.core.complaint.Actor;
import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.config.SectionValue;
import id.aduan.core.ingest.Ingestion;
import id.aduan.core.ingest.IngestionOutcome;
import id.aduan.core.ingest.InstagramChange;
import id.aduan.core.kernel.Tenant;
import id.aduan.core.reply.QueuedReply;
import id.aduan.core.reply.ReplyMethod;
import id.aduan.core.sla.WorkingCalendar;
import id.aduan.core.kernel.Tenant;
import id.aduan.testkit.AwsEmulatorExtension;
import id.aduan.testkit.Deployment;
import id.aduan.testkit.GraphFixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Three registered accounts, each with its token in its own secret: a reply to a complaint goes out as
 * the account the complaint came in on, through its messaging id, with its token.
 */
@ExtendWith(AwsEmulatorExtension.class)
class AccountTokensIT {

    /** The one government a stack without {@code TENANTS} serves. */
    private static final Tenant HOME = new Tenant("32.73");

    private static final String CITY = "17841400000000001";
    private static final String DISHUB = "17841400000000002";
    private static final String DISHUB_PAGE = "104000000000002";
    private static final String DINSOS = "17841400000000003";

    @RegisterExtension
    static final WireMockExtension graph = WireMockExtension.newInstance()
            .options(options().dynamicPort().bindAddress("127.0.0.1")).build();

    @Test
    void eachReplyGoesOutAsItsComplaintsAccountWithThatAccountsToken(Deployment deployment) throws IOException {
        var table = new ComplaintTable(deployment.dynamoDb(), deployment.ref("ComplaintsTable"));
        var accounts = List.of(account(deployment, CITY, AccountFlavour.INSTAGRAM_LOGIN, null),
                account(deployment, DISHUB, AccountFlavour.FACEBOOK_LOGIN, DISHUB_PAGE),
                account(deployment, DINSOS, AccountFlavour.INSTAGRAM_LOGIN, null));
        new DynamoDbConfigStore(table, WorkingCalendar.standard(), HOME)
                .write(new SectionValue.Accounts(new AccountCatalog(accounts)), 0, "admin", Instant.now());
        for (String messaging : List.of(CITY, DISHUB_PAGE, DINSOS)) {
            graph.stubFor(post(urlPathEqualTo("/v25.0/" + messaging + "/messages")).willReturn(aResponse()
                    .withStatus(200).withHeader("Content-Type", "application/json")
                    .withBody(GraphFixtures.read("message-sent.json"))));
        }
        var ingestion = EveryAccount.ingestion(table, HOME, 11);
        var replies = List.of(CITY, DISHUB, DINSOS).stream()
                .map(account -> QueuedReplyJson.write(HOME, reply(directMessage(ingestion, account), account))).toList();

        var failures = deliver(deployment, replies);

        assertThat(failures).isEmpty();
        graph.verify(1, postRequestedFor(urlPathEqualTo("/v25.0/" + CITY + "/messages"))
                .withHeader("Authorization", equalTo("Bearer token-" + CITY)));
        graph.verify(1, postRequestedFor(urlPathEqualTo("/v25.0/" + DISHUB_PAGE + "/messages"))
                .withHeader("Authorization", equalTo("Bearer token-" + DISHUB)));
        graph.verify(1, postRequestedFor(urlPathEqualTo("/v25.0/" + DINSOS + "/messages"))
                .withHeader("Authorization", equalTo("Bearer token-" + DINSOS)));
    }

    /** The account, with its token in a secret of its own. */
    private static InstagramAccount account(Deployment deployment, String id, AccountFlavour flavour, String page) {
        var secretName = "aduan/instagram/" + UUID.randomUUID() + "/" + id;
        deployment.secretsManager().createSecret(request -> request.name(secretName)
                .secretString("{\"accessToken\": \"token-" + id + "\"}"));
        return new InstagramAccount(id, HOME, "Akun " + id, flavour, page, secretName, null, null);
    }

    private static ComplaintId directMessage(Ingestion ingestion, String account) {
        var outcome = ingestion.apply(new InstagramChange.CitizenMessage(account, "m_" + account, "65432109876543" + account.substring(15),
                "Lampu jalan di Jl. Merdeka mati sejak seminggu", List.of(), null,
                Instant.now().minus(Duration.ofMinutes(5)), null));
        return ((IngestionOutcome.Created) outcome).id();
    }

    private static QueuedReply reply(ComplaintId complaint, String account) {
        return new QueuedReply("01JREPLY00000000000000" + account.substring(15), complaint, ReplyMethod.DM,
                "Terima kasih, aduan Anda kami teruskan.", null, Actor.staff("staff-1", "Petugas"), Instant.now());
    }

    private static List<String> deliver(Deployment deployment, List<String> bodies) throws IOException {
        var environment = new LinkedHashMap<>(deployment.environment("ReplySenderFunction"));
        environment.put("GRAPH_API_BASE_URL", "http://127.0.0.1:" + graph.getPort());
        environment.put("REPLY_SEND_INTERVAL_MILLIS", "0");
        var handler = new ReplySenderHandler(new Settings(environment));
        var records = bodies.stream().map(body -> Map.of("messageId", UUID.randomUUID().toString(),
                "receiptHandle", "r", "body", body, "attributes", Map.of("ApproximateReceiveCount", "1"),
                "eventSource", "aws:sqs")).toList();
        var out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(Json.write(Map.of("Records", records))
                .getBytes(StandardCharsets.UTF_8)), out, null);
        return Json.mapper().readTree(out.toByteArray()).path("batchItemFailures").findValuesAsText("itemIdentifier");
    }
}

package id.aduan.accounthealth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import id.aduan.adapters.config.Settings;
import id.aduan.adapters.dynamodb.ComplaintTable;
import id.aduan.adapters.dynamodb.DynamoDbConfigStore;
import id.aduan.adapters.dynamodb.DynamoDbDeliveryActivity;
import id.aduan.adapters.json.Json;
import id.aduan.core.account.AccountCatalog;
import id.aduan.core.account.AccountFlavour;
import id.aduan.core.account.InstagramAccount;
import id.aduan.core.config.SectionValue;
import id.aduan.core.kernel.Tenant;
import id.aduan.core.sla.WorkingCalendar;
import id.aduan.testkit.AlertInbox;
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
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The account health check end to end: the template's secret, table and alerts topic in the emulator,
 * and a stand-in Graph API on loopback answering with Meta's documented bodies.
 */
@ExtendWith(AwsEmulatorExtension.class)
class AccountHealthIT {

    private static final String ACCOUNT = "17841400000000001";
    private static final String PAGE = "100000000000001";
    private static final String REFRESH = "/refresh_access_token";
    private static final String REFRESHED_TOKEN = "test-refreshed-access-token";
    private static final long REFRESHED_LIFETIME = 5_183_944;

    @RegisterExtension
    static final WireMockExtension graph = WireMockExtension.newInstance()
            .options(options().dynamicPort().bindAddress("127.0.0.1")).build();

    private Deployment deployment;
    private TestClock clock;
    private AlertInbox alerts;

    @BeforeEach
    void deploy(Deployment deployment) {
        this.deployment = deployment;
        clock = new TestClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        alerts = new AlertInbox(deployment);
        graph.stubFor(get(urlPathEqualTo("/v25.0/" + ACCOUNT + "/subscribed_apps"))
                .willReturn(graphAnswer(200, "subscribed-apps.json")));
        graph.stubFor(get(urlPathEqualTo("/v25.0/" + PAGE + "/subscribed_apps"))
                .willReturn(graphAnswer(200, "subscribed-apps.json")));
    }

    @Test
    void tokenOfUnknownAgeIsRefreshedAndStoredWithItsExpiryKeepingEveryOtherField() {
        graph.stubFor(get(urlPathEqualTo(REFRESH)).withQueryParam("grant_type", equalTo("ig_refresh_token"))
                .withQueryParam("access_token", equalTo(TestSecrets.ACCESS_TOKEN))
                .willReturn(graphAnswer(200, "token-refreshed.json")));

        var report = run("INSTAGRAM_LOGIN");

        assertThat(report.path("accounts").path(ACCOUNT).path("token").path("outcome").asText()).isEqualTo("REFRESHED");
        var secret = secret();
        assertThat(secret.path("accessToken").asText()).isEqualTo(REFRESHED_TOKEN);
        assertThat(Instant.parse(secret.path("accessTokenIssuedAt").asText())).isEqualTo(clock.instant());
        assertThat(Instant.parse(secret.path("accessTokenExpiresAt").asText()))
                .isEqualTo(clock.instant().plusSeconds(REFRESHED_LIFETIME));
        assertThat(secret.path("verifyToken").asText()).isEqualTo(TestSecrets.VERIFY_TOKEN);
        assertThat(secret.path("appSecrets")).hasSize(2);
        assertThat(alerts.take()).isEmpty();
    }

    @Test
    void refreshedTokenIsRefreshedAgainADayLaterNotBefore() {
        graph.stubFor(get(urlPathEqualTo(REFRESH)).withQueryParam("access_token", equalTo(TestSecrets.ACCESS_TOKEN))
                .willReturn(graphAnswer(200, "token-refreshed.json")));
        graph.stubFor(get(urlPathEqualTo(REFRESH)).withQueryParam("access_token", equalTo(REFRESHED_TOKEN))
                .willReturn(graphAnswer(200, "token-refreshed.json")));
        run("INSTAGRAM_LOGIN");

        clock.advance(Duration.ofHours(6));
        var sixHoursLater = run("INSTAGRAM_LOGIN");
        clock.advance(Duration.ofHours(18));
        var aDayLater = run("INSTAGRAM_LOGIN");

        assertThat(sixHoursLater.path("accounts").path(ACCOUNT).path("token").path("outcome").asText()).isEqualTo("NOT_DUE");
        assertThat(aDayLater.path("accounts").path(ACCOUNT).path("token").path("outcome").asText()).isEqualTo("REFRESHED");
        graph.verify(1, getRequestedFor(urlPathEqualTo(REFRESH)).withQueryParam("access_token", equalTo(REFRESHED_TOKEN)));
        assertThat(Instant.parse(secret().path("accessTokenIssuedAt").asText())).isEqualTo(clock.instant());
    }

    @Test
    void failedRefreshAlertsOperationsOnceAcrossRuns() {
        graph.stubFor(get(urlPathEqualTo(REFRESH)).willReturn(graphAnswer(503, "error-service-unavailable.json")));

        var first = run("INSTAGRAM_LOGIN");
        clock.advance(Duration.ofHours(6));
        run("INSTAGRAM_LOGIN");

        assertThat(first.path("accounts").path(ACCOUNT).path("token").path("outcome").asText()).isEqualTo("REFRESH_FAILED");
        assertThat(alerts.take()).singleElement().satisfies(alert -> {
            assertThat(alert.subject()).isEqualTo("Aduan: perpanjangan token Instagram gagal");
            assertThat(alert.attribute("kind")).isEqualTo("OPERATIONS");
            assertThat(alert.attribute("audience")).isEqualTo("OPERATIONS");
            assertThat(alert.attribute("account")).isEqualTo(ACCOUNT);
            assertThat(alert.text()).doesNotContain(TestSecrets.ACCESS_TOKEN);
        });
        assertThat(secret().path("accessToken").asText()).isEqualTo(TestSecrets.ACCESS_TOKEN);
        graph.verify(2, getRequestedFor(urlPathEqualTo(REFRESH)));
    }

    @Test
    void tokenMetaRefusesWithCode190AlertsOperationsOnce() {
        graph.stubFor(get(urlPathEqualTo(REFRESH)).willReturn(graphAnswer(400, "error-token-expired.json")));

        run("INSTAGRAM_LOGIN");
        clock.advance(Duration.ofHours(6));
        run("INSTAGRAM_LOGIN");

        assertThat(alerts.take()).singleElement().satisfies(alert -> {
            assertThat(alert.subject()).isEqualTo("Aduan: Meta menolak token Instagram");
            assertThat(alert.text()).contains("TOKEN 190/463").doesNotContain(TestSecrets.ACCESS_TOKEN);
        });
    }

    @Test
    void pageTokenIsInspectedWithDebugTokenAndNeverRefreshed() {
        graph.stubFor(get(urlPathEqualTo("/v25.0/debug_token")).withQueryParam("input_token", equalTo(TestSecrets.ACCESS_TOKEN))
                .willReturn(graphAnswer(200, "debug-token-page.json")));

        var report = run("FACEBOOK_LOGIN");

        assertThat(report.path("accounts").path(ACCOUNT).path("token").path("outcome").asText()).isEqualTo("VALID");
        assertThat(report.path("accounts").path(ACCOUNT).path("token").path("lapsesAt").asText()).isEqualTo("2027-01-01T00:00:00Z");
        graph.verify(getRequestedFor(urlPathEqualTo("/v25.0/debug_token"))
                .withHeader("Authorization", equalTo("Bearer " + TestSecrets.ACCESS_TOKEN)));
        graph.verify(0, getRequestedFor(urlPathEqualTo(REFRESH)));
        assertThat(secret().has("accessTokenIssuedAt")).isFalse();
    }

    @Test
    void warningsTenThreeAndOneDayBeforeATokenLapsesComeOnceEachAcrossRuns() {
        var lapse = clock.instant().plus(Duration.ofDays(12));
        graph.stubFor(get(urlPathEqualTo("/v25.0/debug_token")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(pageTokenLapsingAt(lapse))));

        var subjects = new ArrayList<String>();
        for (var left : List.of(Duration.ofDays(11), Duration.ofDays(10), Duration.ofDays(9), Duration.ofDays(3),
                Duration.ofDays(2), Duration.ofHours(23), Duration.ofHours(5))) {
            clock.set(lapse.minus(left));
            run("FACEBOOK_LOGIN");
            alerts.take().forEach(alert -> subjects.add(alert.subject()));
        }

        assertThat(subjects).containsExactly("Aduan: token Instagram habis dalam 10 hari",
                "Aduan: token Instagram habis dalam 3 hari", "Aduan: token Instagram habis dalam 1 hari");
    }

    @Test
    void missingSubscriptionFieldAlertsOperationsOnceADay() {
        graph.stubFor(get(urlPathEqualTo("/v25.0/" + ACCOUNT + "/subscribed_apps")).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"data\":[{\"subscribed_fields\":[\"comments\"]}]}")));
        graph.stubFor(get(urlPathEqualTo(REFRESH)).willReturn(graphAnswer(200, "token-refreshed.json")));

        var report = run("INSTAGRAM_LOGIN");
        run("INSTAGRAM_LOGIN");

        assertThat(report.path("accounts").path(ACCOUNT).path("subscription").path("healthy").asBoolean()).isFalse();
        assertThat(report.path("accounts").path(ACCOUNT).path("subscription").path("missing").get(0).asText()).isEqualTo("messages");
        assertThat(alerts.take()).singleElement().satisfies(alert -> {
            assertThat(alert.attribute("problem")).isEqualTo("WEBHOOK_SUBSCRIPTION");
            assertThat(alert.text()).contains("tidak berlangganan field messages");
        });
    }

    @Test
    void accountSilentForADayAfterTrafficAlertsOperationsOnce() {
        graph.stubFor(get(urlPathEqualTo(REFRESH)).willReturn(graphAnswer(200, "token-refreshed.json")));
        var activity = new DynamoDbDeliveryActivity(new ComplaintTable(deployment.dynamoDb(),
                deployment.ref("ComplaintsTable")));
        activity.record(ACCOUNT, clock.instant().minus(Duration.ofHours(25)));
        activity.record("17841400000000002", clock.instant().minus(Duration.ofHours(2)));

        var report = run("INSTAGRAM_LOGIN");
        clock.advance(Duration.ofHours(6));
        run("INSTAGRAM_LOGIN");

        assertThat(report.path("silence").path("silentAccounts")).hasSize(1);
        assertThat(report.path("silence").path("silentAccounts").get(0).asText()).isEqualTo(ACCOUNT);
        assertThat(alerts.take()).singleElement().satisfies(alert -> {
            assertThat(alert.attribute("problem")).isEqualTo("SILENT_ACCOUNT");
            assertThat(alert.subject()).isEqualTo("Aduan: akun Instagram sepi 25 jam");
        });
    }

    @Test
    void everyRegisteredAccountIsRefreshedWithItsOwnTokenAndOnlyTheFailingOneIsAlerted() {
        var accounts = List.of("17841400000000011", "17841400000000012", "17841400000000013");
        var registered = new ArrayList<InstagramAccount>();
        for (String account : accounts) {
            var secretName = "aduan/instagram/" + UUID.randomUUID() + "/" + account;
            deployment.secretsManager().createSecret(request -> request.name(secretName)
                    .secretString("{\"accessToken\": \"token-" + account + "\"}"));
            registered.add(new InstagramAccount(account, new Tenant("32.73"), "Akun " + account, AccountFlavour.INSTAGRAM_LOGIN, null,
                    secretName, null, null));
            graph.stubFor(get(urlPathEqualTo("/v25.0/" + account + "/subscribed_apps"))
                    .willReturn(graphAnswer(200, "subscribed-apps.json")));
            graph.stubFor(get(urlPathEqualTo(REFRESH)).withQueryParam("access_token", equalTo("token-" + account))
                    .willReturn(account.equals(accounts.get(1)) ? graphAnswer(503, "error-service-unavailable.json")
                            : graphAnswer(200, "token-refreshed.json")));
        }
        new DynamoDbConfigStore(new ComplaintTable(deployment.dynamoDb(), deployment.ref("ComplaintsTable")),
                WorkingCalendar.standard(), new Tenant("32.73"))
                .write(new SectionValue.Accounts(new AccountCatalog(registered)), 0, "admin", clock.instant());

        var report = run("INSTAGRAM_LOGIN");

        assertThat(report.path("accounts").path(accounts.get(0)).path("token").path("outcome").asText()).isEqualTo("REFRESHED");
        assertThat(report.path("accounts").path(accounts.get(1)).path("token").path("outcome").asText())
                .isEqualTo("REFRESH_FAILED");
        assertThat(report.path("accounts").path(accounts.get(2)).path("token").path("outcome").asText()).isEqualTo("REFRESHED");
        assertThat(report.path("accounts").path(ACCOUNT).isMissingNode()).isTrue();
        assertThat(alerts.take()).singleElement().satisfies(alert -> {
            assertThat(alert.subject()).isEqualTo("Aduan: perpanjangan token Instagram gagal");
            assertThat(alert.attribute("account")).isEqualTo(accounts.get(1));
        });
        assertThat(tokenIn(registered.get(0).tokenSecretId())).isEqualTo(REFRESHED_TOKEN);
        assertThat(tokenIn(registered.get(1).tokenSecretId())).isEqualTo("token-" + accounts.get(1));
        assertThat(tokenIn(registered.get(2).tokenSecretId())).isEqualTo(REFRESHED_TOKEN);
    }

    private String tokenIn(String secretName) {
        try {
            return Json.mapper().readTree(deployment.secretsManager().getSecretValue(request -> request
                    .secretId(secretName).versionStage("AWSCURRENT")).secretString()).path("accessToken").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode run(String flavour) {
        var environment = new LinkedHashMap<>(deployment.environment("AccountHealthFunction"));
        environment.put("GRAPH_API_FLAVOUR", flavour);
        environment.put("GRAPH_API_BASE_URL", "http://127.0.0.1:" + graph.getPort());
        environment.put("INSTAGRAM_ACCOUNT_ID", ACCOUNT);
        environment.put("FACEBOOK_PAGE_ID", PAGE);
        var handler = new AccountHealthHandler(new Wiring(new Settings(environment), clock));
        var out = new ByteArrayOutputStream();
        try {
            handler.handleRequest(new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8)), out, null);
            return Json.mapper().readTree(out.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode secret() {
        try {
            return Json.mapper().readTree(deployment.secretsManager().getSecretValue(request -> request
                    .secretId(deployment.ref("InstagramSecret")).versionStage("AWSCURRENT")).secretString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pageTokenLapsingAt(Instant lapse) {
        try {
            var answer = (ObjectNode) Json.mapper().readTree(GraphFixtures.read("debug-token-page.json"));
            ((ObjectNode) answer.path("data")).put("data_access_expires_at", lapse.getEpochSecond());
            return Json.write(answer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ResponseDefinitionBuilder graphAnswer(int status, String fixture) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody(GraphFixtures.read(fixture));
    }
}

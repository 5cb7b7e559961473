package id.aduan.notifier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import id.aduan.adapters.config.Settings;
import id.aduan.adapters.instagram.Backoff;
import id.aduan.adapters.json.Json;
import id.aduan.testkit.AwsEmulatorExtension;
import id.aduan.testkit.Deployment;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Alerts from the topic to fake Telegram and Slack webhooks on loopback, routed, retried, or failed for the DLQ. */
@ExtendWith(AwsEmulatorExtension.class)
class AlertNotifierIT {

    private static final String BOT_TOKEN = "123456:test-bot-token";
    private static final String SEND = "/bot" + BOT_TOKEN + "/sendMessage";
    private static final String HUMAS_HOOK = "/services/T000/B000/humas";

    private static WireMockServer chat;

    @BeforeAll
    static void startChat() {
        chat = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        chat.start();
    }

    @AfterAll
    static void stopChat() {
        chat.stop();
    }

    @BeforeEach
    void resetChat() {
        chat.resetAll();
        chat.stubFor(post(urlPathEqualTo(SEND)).willReturn(okJson("{\"ok\":true,\"result\":{\"message_id\":1}}")));
        chat.stubFor(post(urlPathEqualTo(HUMAS_HOOK)).willReturn(aResponse().withStatus(200).withBody("ok")));
    }

    @Test
    void eachEscalationLevelReachesItsOwnChat(Deployment deployment) throws IOException {
        var handler = handler(deployment);

        invoke(handler, breach("BREACH_UNIT", "UNIT"), breach("BREACH_SUPERVISOR", "SUPERVISOR"),
                breach("BREACH_COMMUNICATIONS", "COMMUNICATIONS"));

        chat.verify(1, postRequestedFor(urlPathEqualTo(SEND)).withRequestBody(matchingJsonPath("$.chat_id",
                equalTo("-1001"))));
        chat.verify(1, postRequestedFor(urlPathEqualTo(SEND)).withRequestBody(matchingJsonPath("$.chat_id",
                equalTo("-1002"))));
        chat.verify(1, postRequestedFor(urlPathEqualTo(HUMAS_HOOK))
                .withRequestBody(matchingJsonPath("$.text",
                        containing("tingkat 3"))));
        chat.verify(2, postRequestedFor(urlPathEqualTo(SEND)));
    }

    @Test
    void unitChannelGetsWarningsOfItsOwnUnitOnly(Deployment deployment) throws IOException {
        var handler = handler(deployment);

        invoke(handler, alert("sla/1/FIRST_RESPONSE/WARNING", "SLA_WARNING", Map.of("unit", "SOSIAL",
                "level", "WARNING", "audience", "UNIT")));

        chat.verify(0, postRequestedFor(urlPathEqualTo(SEND)));
        chat.verify(0, postRequestedFor(urlPathEqualTo(HUMAS_HOOK)));
    }

    @Test
    void rateLimitedPostsWaitAsLongAsTheChatAsksThenGoThrough(Deployment deployment) throws IOException {
        chat.stubFor(post(urlPathEqualTo(SEND)).inScenario("telegram").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json")
                        .withBody("{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 1\","
                                + "\"parameters\":{\"retry_after\":1}}"))
                .willSetStateTo("waited"));
        chat.stubFor(post(urlPathEqualTo(HUMAS_HOOK)).inScenario("slack").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1").withBody("rate_limited"))
                .willSetStateTo("waited"));
        var handler = handler(deployment);
        long started = System.nanoTime();

        invoke(handler, breach("BREACH_UNIT", "UNIT"), breach("BREACH_COMMUNICATIONS", "COMMUNICATIONS"));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
        chat.verify(2, postRequestedFor(urlPathEqualTo(SEND)));
        chat.verify(2, postRequestedFor(urlPathEqualTo(HUMAS_HOOK)));
    }

    @Test
    void chatStillFailingAfterTheRetriesFailsTheInvocationForTheDeadLetterQueue(Deployment deployment) {
        chat.stubFor(post(urlPathEqualTo(HUMAS_HOOK)).willReturn(aResponse().withStatus(503)));
        var handler = handler(deployment);

        assertThatThrownBy(() -> invoke(handler, breach("BREACH_COMMUNICATIONS", "COMMUNICATIONS")))
                .hasMessageContaining("humas").hasMessageNotContaining(HUMAS_HOOK);
        chat.verify(4, postRequestedFor(urlPathEqualTo(HUMAS_HOOK)));
    }

    @Test
    void refusedPostIsNotRetriedAndNamesNoSecret(Deployment deployment) {
        chat.stubFor(post(urlPathEqualTo(SEND)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: chat not found\"}")));
        var handler = handler(deployment);

        assertThatThrownBy(() -> invoke(handler, breach("BREACH_UNIT", "UNIT")))
                .hasMessageContaining("dishub").hasMessageNotContaining(BOT_TOKEN);
        chat.verify(1, postRequestedFor(urlPathEqualTo(SEND)));
    }

    @Test
    void cloudWatchAlarmReachesTheOperationsRoute(Deployment deployment) throws IOException {
        var handler = handler(deployment);
        var alarm = Json.write(Map.of("AlarmName", "aduan-SlaMonitorErrorsAlarm", "NewStateValue", "ALARM",
                "NewStateReason", "Threshold Crossed: 1 datapoint [2.0] was >= 1.0",
                "AlarmDescription", "SlaMonitorFunction failed in the last 5 minutes."));

        invoke(handler, Map.of("MessageId", "alarm-1", "Subject", "ALARM: aduan-SlaMonitorErrorsAlarm",
                "Message", alarm, "MessageAttributes", Map.of()));

        chat.verify(1, postRequestedFor(urlPathEqualTo(HUMAS_HOOK)).withRequestBody(matchingJsonPath("$.text",
                containing("SlaMonitorFunction failed"))));
    }

    @Test
    void eachTenantsAlertsReachItsOwnChatsOnlyAndATenantWithoutRoutesNone(Deployment deployment) throws IOException {
        var garut = Map.of("routes", List.of(Map.of("name", "garut-humas", "telegram", Map.of("chatId", "-2001"),
                "match", Map.of("audience", List.of("COMMUNICATIONS")))));
        var handler = handler(deployment, Map.of("32.05", garut));

        invoke(handler, ofTenant("32.05", breach("BREACH_COMMUNICATIONS", "COMMUNICATIONS")),
                ofTenant("32.05", breach("BREACH_UNIT", "UNIT")), ofTenant("32.73", breach("BREACH_UNIT", "UNIT")),
                ofTenant("32", breach("BREACH_COMMUNICATIONS", "COMMUNICATIONS")));

        chat.verify(1, postRequestedFor(urlPathEqualTo(SEND)).withRequestBody(matchingJsonPath("$.chat_id",
                equalTo("-2001"))).withRequestBody(matchingJsonPath("$.text",
                containing("terlambat 1 hari kerja.\nEskalasi: tingkat 3"))));
        chat.verify(1, postRequestedFor(urlPathEqualTo(SEND)).withRequestBody(matchingJsonPath("$.chat_id",
                equalTo("-1001"))));
        chat.verify(2, postRequestedFor(urlPathEqualTo(SEND)));
        chat.verify(0, postRequestedFor(urlPathEqualTo(HUMAS_HOOK)));
    }

    private static AlertNotifierHandler handler(Deployment deployment) {
        return handler(deployment, Map.of());
    }

    /**
     * With the top-level routes (the platform's and the first tenant's, 32.73) and {@code tenants}' own; the
     * stack serves 32.73 and 32.05.
     */
    private static AlertNotifierHandler handler(Deployment deployment, Map<String, Object> tenants) {
        var routes = new LinkedHashMap<String, Object>();
        routes.put("telegramBotToken", BOT_TOKEN);
        routes.put("tenants", tenants);
        routes.put("routes", List.of(
                Map.of("name", "dishub", "telegram", Map.of("chatId", "-1001"),
                        "match", Map.of("unit", List.of("PERHUBUNGAN"), "audience", List.of("UNIT"))),
                Map.of("name", "dishub-kepala", "telegram", Map.of("chatId", "-1002"),
                        "match", Map.of("unit", List.of("PERHUBUNGAN"), "audience", List.of("SUPERVISOR"))),
                Map.of("name", "humas", "slack", Map.of("webhookUrl", chat.baseUrl() + HUMAS_HOOK),
                        "match", Map.of("audience", List.of("COMMUNICATIONS", "OPERATIONS")))));
        deployment.secretsManager().putSecretValue(request -> request
                .secretId(deployment.ref("ChatChannelsSecret")).secretString(Json.write(routes)));
        var environment = new LinkedHashMap<>(deployment.environment("AlertNotifierFunction"));
        environment.put("TELEGRAM_API_URL", chat.baseUrl());
        environment.put("TENANTS", "32.73,32.05");
        var backoff = new Backoff(Duration.ofMillis(10), Duration.ofMillis(50), () -> 0.5);
        return new AlertNotifierHandler(new Wiring(new Settings(environment), Clock.systemUTC(), backoff));
    }

    private static Map<String, Object> breach(String level, String audience) {
        return alert("sla/01KHBZ8Q4M0000000000000000/FOLLOW_UP/" + level, "SLA_BREACH", Map.of("unit", "PERHUBUNGAN",
                "level", level, "clock", "FOLLOW_UP", "trackingCode", "ADU-7K3Q9", "audience", audience));
    }

    /** The notification as the SLA monitor publishes it for {@code tenant}: the tenant as a message attribute. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> ofTenant(String tenant, Map<String, Object> notification) {
        var attributes = new LinkedHashMap<>((Map<String, Object>) notification.get("MessageAttributes"));
        attributes.put("tenant", Map.of("Type", "String", "Value", tenant));
        var named = new LinkedHashMap<>(notification);
        named.put("MessageAttributes", attributes);
        return named;
    }

    private static Map<String, Object> alert(String id, String kind, Map<String, String> attributes) {
        var messageAttributes = new LinkedHashMap<String, Object>();
        messageAttributes.put("kind", Map.of("Type", "String", "Value", kind));
        messageAttributes.put("alertId", Map.of("Type", "String", "Value", id));
        attributes.forEach((name, value) -> messageAttributes.put(name, Map.of("Type", "String", "Value", value)));
        var level = attributes.getOrDefault("level", "");
        return Map.of("MessageId", "m-" + id.hashCode(),
                "Subject", "[Aduan] Pelanggaran SLA ADU-7K3Q9: Tindak lanjut terlambat 1 hari kerja",
                "Message", "Pelanggaran SLA: Tindak lanjut aduan ADU-7K3Q9, terlambat 1 hari kerja.\nEskalasi: "
                        + switch (level) {
                            case "BREACH_SUPERVISOR" -> "tingkat 2";
                            case "BREACH_COMMUNICATIONS" -> "tingkat 3";
                            default -> "tingkat 1";
                        },
                "MessageAttributes", messageAttributes);
    }

    @SafeVarargs
    private static void invoke(AlertNotifierHandler handler, Map<String, Object>... notifications) throws IOException {
        var records = Arrays.stream(notifications)
                .map(sns -> Map.of("EventSource", "aws:sns", "EventVersion", "1.0", "Sns", sns)).toList();
        var event = Json.write(Map.of("Records", records)).getBytes(StandardCharsets.UTF_8);
        handler.handleRequest(new ByteArrayInputStream(event), new ByteArrayOutputStream(), null);
    }
}

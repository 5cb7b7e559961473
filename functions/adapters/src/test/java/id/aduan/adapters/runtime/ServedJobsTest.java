package id.aduan.adapters.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.JsonNode;
import id.aduan.adapters.config.Settings;
import id.aduan.adapters.json.Json;
import id.aduan.core.kernel.Tenant;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ServedJobsTest {

    private final ByteArrayOutputStream written = new ByteArrayOutputStream();
    private final FunctionRuntime runtime = new FunctionRuntime("retention",
            new Settings(Map.of("AWS_REGION", "ap-southeast-3", "TABLE_NAME", "aduan")),
            Clock.fixed(Instant.parse("2026-12-05T03:00:00Z"), ZoneOffset.UTC), List.of(),
            new PrintStream(written, true, StandardCharsets.UTF_8));
    private final ServedJobs jobs = new ServedJobs(runtime);
    private final ByteArrayOutputStream answer = new ByteArrayOutputStream();

    @Test
    void aRunWritesOneLogLineItsMetricsAndAnswersWithTheLineFields() throws IOException {
        jobs.serve(event("{}"), answer, null, (invocation, event) ->
                Outcome.info("retention", Map.of("erased", 3), Map.of("PersonalDataErased", 3)));

        var lines = lines();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).path("level").asText()).isEqualTo("INFO");
        assertThat(lines.get(0).path("message").asText()).isEqualTo("retention");
        assertThat(lines.get(0).path("function").asText()).isEqualTo("retention");
        assertThat(lines.get(0).path("erased").asInt()).isEqualTo(3);
        assertThat(lines.get(1).path("_aws").path("CloudWatchMetrics").get(0).path("Namespace").asText())
                .isEqualTo("Aduan");
        assertThat(lines.get(1).path("PersonalDataErased").asInt()).isEqualTo(3);
        assertThat(Json.mapper().readTree(answer.toByteArray()).path("erased").asInt()).isEqualTo(3);
    }

    @Test
    void aWarningIsLoggedAsOneAndMayAnswerWithLessThanItLogs() throws IOException {
        jobs.serve(event("{}"), answer, null, (invocation, event) -> Outcome.warning("sla sweep: alerts left",
                Map.of("published", 1, "failures", List.of("A1: timeout")), Map.of("SlaAlertsFailed", 1))
                .answering(Map.of("published", 1)));

        assertThat(lines().getFirst().path("level").asText()).isEqualTo("WARN");
        assertThat(lines().getFirst().path("failures").get(0).asText()).isEqualTo("A1: timeout");
        var answered = Json.mapper().readTree(answer.toByteArray());
        assertThat(answered.has("failures")).isFalse();
        assertThat(answered.path("published").asInt()).isEqualTo(1);
    }

    @Test
    void aFailedRunIsLoggedAndCountedBeforeTheInvocationFailsWithoutAnAnswer() {
        var failure = new IllegalStateException("account health checks failed: 17841/token");

        assertThatThrownBy(() -> jobs.serve(event("{}"), answer, null, (invocation, event) ->
                Outcome.warning("account health: checks failed", Map.of("failed", Map.of("17841/token", "Timeout")),
                        Map.of("AccountHealthChecksFailed", 1)).failingWith(failure)))
                .isSameAs(failure);
        assertThat(lines()).hasSize(2);
        assertThat(lines().get(1).path("AccountHealthChecksFailed").asInt()).isEqualTo(1);
        assertThat(answer.size()).isZero();
    }

    @Test
    void aTenantsFailedPassIsNamedAndCountedAndFailsTheInvocationAfterTheOthersRan() {
        var failed = new LinkedHashMap<Tenant, String>();
        failed.put(new Tenant("32.05"), "IllegalStateException: configuration unreadable");

        assertThatThrownBy(() -> jobs.serve(event("{}"), answer, null, (invocation, event) ->
                Outcome.info("retention", Map.of("erased", 3), Map.of("PersonalDataErased", 3)).failedFor(failed)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("32.05")
                .hasMessageContaining("configuration unreadable");
        var line = lines().getFirst();
        assertThat(line.path("level").asText()).isEqualTo("WARN");
        assertThat(line.path("erased").asInt()).as("what the other tenants' passes did").isEqualTo(3);
        assertThat(line.path("failedTenants").path("32.05").asText()).contains("configuration unreadable");
        assertThat(lines().get(1).path("TenantPassesFailed").asInt()).isEqualTo(1);
        assertThat(lines().get(1).path("PersonalDataErased").asInt()).isEqualTo(3);
    }

    @Test
    void aRunWhoseTenantsAllPassedIsLeftAsItWas() {
        var outcome = Outcome.info("retention", Map.of("erased", 3), Map.of("PersonalDataErased", 3));

        assertThat(outcome.failedFor(Map.of())).isSameAs(outcome);
    }

    @Test
    void theJobReadsTheEventAndTheTimeLambdaLeavesIt() throws IOException {
        var seen = new AtomicReference<String>();
        var remaining = new AtomicReference<Duration>();
        jobs.serve(event("{\"delivery\":\"9f2c41\"}"), answer, contextWithMillisLeft(42_000), (invocation, event) -> {
            seen.set(new String(event, StandardCharsets.UTF_8));
            remaining.set(invocation.deadline().remaining());
            return Outcome.info("deliveries replayed", Map.of("replayed", 1), Map.of());
        });

        assertThat(seen.get()).isEqualTo("{\"delivery\":\"9f2c41\"}");
        assertThat(remaining.get()).isEqualTo(Duration.ofSeconds(42));
        assertThat(lines()).as("no metrics line when there are none").hasSize(1);
    }

    @Test
    void withoutAContextTheInvocationHasNoDeadlineToSpeakOfAndNoRequestsYet() {
        var invocation = Invocation.begin(runtime, null);

        assertThat(invocation.deadline().remaining()).isGreaterThan(Duration.ofHours(1));
        assertThat(invocation.dynamoDbRequests()).isZero();
        assertThat(invocation.millis()).isGreaterThanOrEqualTo(0);
    }

    private static ByteArrayInputStream event(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    private static Context contextWithMillisLeft(int millis) {
        return (Context) Proxy.newProxyInstance(Context.class.getClassLoader(), new Class<?>[] {Context.class},
                (proxy, method, args) -> method.getName().equals("getRemainingTimeInMillis") ? millis : null);
    }

    private List<JsonNode> lines() {
        return written.toString(StandardCharsets.UTF_8).lines().map(line -> {
            try {
                return Json.mapper().readTree(line);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }
}

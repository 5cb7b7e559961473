package id.aduan.learner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.aduan.adapters.config.Settings;
import id.aduan.adapters.config.TenantSettings;
import id.aduan.adapters.dynamodb.DynamoDbTriageModelStore;
import id.aduan.adapters.dynamodb.Keys;
import id.aduan.adapters.json.Json;
import id.aduan.adapters.runtime.FunctionRuntime;
import id.aduan.core.kernel.Tenant;
import id.aduan.core.learning.RefreshingTriage;
import id.aduan.core.triage.Triage;
import id.aduan.testkit.AwsEmulatorExtension;
import id.aduan.testkit.Deployment;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The nightly learner reads yesterday's confirmed routings and the webhook's triage picks the model up. */
@ExtendWith(AwsEmulatorExtension.class)
class TriageLearnerIT {

    /** The keys of the one government a stack without {@code TENANTS} serves. */
    private static final Keys.TenantKeys HOME_KEYS = Keys.of(new Tenant("32.73"));

    private static final Instant NIGHT = Instant.parse("2026-08-10T19:00:00Z");
    private static final String MESSAGE = "bangbarung ngadat terus";

    @Test
    void confirmedRoutingsTeachTheRouterAndAreLearnedOnce(Deployment deployment) throws IOException {
        var day = LocalDate.parse("2026-08-09");
        confirm(deployment, day, 0, 200, "KOMINFO", "bangbarung ngadat lagi");
        confirm(deployment, day, 200, 200, "SOSIAL", "bantuan sembako belum cair");
        var settings = new Settings(deployment.environment("TriageLearnerFunction"));
        var runtime = new FunctionRuntime("triage-learner", settings, Clock.fixed(NIGHT, ZoneOffset.UTC));
        var models = new DynamoDbTriageModelStore(runtime.table().forTenant(TenantSettings.configured(settings).first()));
        var before = Triage.builtIn().assess(MESSAGE);

        var first = run(runtime);
        var second = run(runtime);

        assertThat(first.path("examplesLearned").asInt()).isEqualTo(400);
        assertThat(first.path("saved").asBoolean()).isTrue();
        assertThat(second.path("daysLearned").asInt()).isZero();
        assertThat(models.load().orElseThrow().model().documentCount()).isEqualTo(400);
        var triage = new RefreshingTriage(Triage.builtIn(), models, Clock.fixed(NIGHT, ZoneOffset.UTC),
                Duration.ofMinutes(15));
        assertThat(before.unit()).isNotEqualTo("KOMINFO");
        assertThat(triage.get().assess(MESSAGE).unit()).isEqualTo("KOMINFO");
    }

    @Test
    void eachTenantOfTheStackHasItsModelLearnedThroughYesterday(Deployment deployment) throws IOException {
        var environment = new LinkedHashMap<>(deployment.environment("TriageLearnerFunction"));
        environment.put("TENANTS", "32.73,32.05");
        var runtime = new FunctionRuntime("triage-learner", new Settings(environment), Clock.fixed(NIGHT, ZoneOffset.UTC));

        run(runtime);

        for (String tenant : List.of("32.73", "32.05")) {
            var models = new DynamoDbTriageModelStore(runtime.table().forTenant(new Tenant(tenant)));
            assertThat(models.load()).as(tenant).hasValueSatisfying(model ->
                    assertThat(model.learnedThrough()).isEqualTo(LocalDate.parse("2026-08-09")));
        }
    }

    private static JsonNode run(FunctionRuntime runtime) throws IOException {
        var out = new ByteArrayOutputStream();
        new TriageLearnerHandler(runtime).handleRequest(new ByteArrayInputStream("{}".getBytes()), out, null);
        return Json.mapper().readTree(out.toByteArray());
    }

    private static void confirm(Deployment deployment, LocalDate day, int from, int count, String unit, String text) {
        for (int i = from; i < from + count; i++) {
            int n = i;
            deployment.dynamoDb().putItem(request -> request.tableName(deployment.ref("ComplaintsTable")).item(Map.of(
                    "PK", AttributeValue.fromS(HOME_KEYS.learningDay(day)),
                    "SK", AttributeValue.fromS(day + "T04:00:00.000Z#" + n),
                    "unit", AttributeValue.fromS(unit),
                    "text", AttributeValue.fromS(text + " " + n))));
        }
    }
}

package id.aduan.staff;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.core.kernel.Status;
import id.aduan.testkit.AwsEmulatorExtension;
import id.aduan.testkit.Deployment;
import id.aduan.testkit.FaultInjector;
import id.aduan.testkit.FaultInjector.When;
import id.aduan.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/**
 * The staff API under faults of the store: an action that was applied says so even when reading for
 * the answer fails; an action whose outcome is unknown says that, and how to go on; a read the store
 * does not answer in time is a 503 to retry, not an internal error.
 */
@ExtendWith(AwsEmulatorExtension.class)
class StaffFaultsIT {

    private static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");

    @Test
    void actionWhoseWriteTimesOutAfterBeingSentAnswers503OutcomeUnknownAndTellsToReload(Deployment deployment) {
        var faults = new FaultInjector();
        var api = new StaffApi(deployment, Map.of(), UnaryOperator.identity(), new TestClock(NOW), List.of(faults));
        var id = new Seed(api).comment("Jalan di Jl. Cibiru Hilir berlubang besar", NOW).id().value();
        faults.fail("TransactWriteItems", When.AFTER_ANSWER, 1, () -> ApiCallTimeoutException.create(10_000));

        var response = api.triage().act(id, Bodies.verify("BINA_MARGA_SDA", 1));
        var inEnglish = api.triage().acceptingLanguage("en").open(id);

        assertThat(faults.injected()).isEqualTo(1);
        assertThat(response.status()).isEqualTo(503);
        assertThat(response.errorCode()).isEqualTo("OUTCOME_UNKNOWN");
        assertThat(response.json().path("error").path("message").asText()).containsIgnoringCase("muat ulang");
        // It was applied: the reload the answer asks for shows it, and a blind retry would meet version 2.
        assertThat(inEnglish.json().path("status").asText()).isEqualTo(Status.VERIFIED.name());
        assertThat(api.triage().act(id, Bodies.verify("BINA_MARGA_SDA", 1)).errorCode()).isEqualTo("STALE_VERSION");
    }

    @Test
    void outcomeUnknownIsExplainedInEnglishWhenAsked(Deployment deployment) {
        var faults = new FaultInjector();
        var api = new StaffApi(deployment, Map.of(), UnaryOperator.identity(), new TestClock(NOW), List.of(faults));
        var id = new Seed(api).comment("Lampu PJU mati", NOW).id().value();
        faults.fail("TransactWriteItems", When.AFTER_ANSWER, 1, () -> ApiCallTimeoutException.create(10_000));

        var response = api.triage().acceptingLanguage("en").post(id, "notes", "{\"text\":\"cek lokasi\",\"version\":1}");

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.json().path("error").path("message").asText()).containsIgnoringCase("reload");
    }

    @Test
    void readThatTimesOutAnswers503StoreUnavailableAndTheNextReadFindsEverything(Deployment deployment) {
        var faults = new FaultInjector();
        var api = new StaffApi(deployment, Map.of(), UnaryOperator.identity(), new TestClock(NOW), List.of(faults));
        var id = new Seed(api).comment("Sampah menumpuk di TPS Jl. Sukajadi", NOW).id().value();
        // Opened once, so what the function caches (units, the officer's name) is read: the next read is the complaint's Query.
        assertThat(api.triage().open(id).status()).isEqualTo(200);
        faults.fail("Query", When.BEFORE_SENDING, 1, () -> ApiCallTimeoutException.create(10_000));

        var timedOut = api.triage().open(id);
        var again = api.triage().open(id);

        assertThat(faults.injected()).isEqualTo(1);
        assertThat(timedOut.status()).isEqualTo(503);
        assertThat(timedOut.errorCode()).isEqualTo("STORE_UNAVAILABLE");
        assertThat(timedOut.json().path("error").path("message").asText()).contains("coba lagi");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("status").asText()).isEqualTo(Status.NEW.name());
    }

    @Test
    void appliedActionAnswersAsAppliedWhenReadingUnitNamesForTheAnswerFails(Deployment deployment) {
        var clock = new TestClock(NOW);
        var faults = new FaultInjector();
        // After the write, the unit names cached before it have expired and every read of them fails.
        UnaryOperator<id.aduan.core.desk.ComplaintChanges> writes = store -> change -> {
            var result = store.apply(change);
            clock.advance(Duration.ofMinutes(2));
            faults.fail("GetItem", When.BEFORE_SENDING, 100, () -> DynamoDbException.builder().message("store unreachable")
                    .statusCode(500).build());
            faults.fail("Query", When.BEFORE_SENDING, 100, () -> DynamoDbException.builder().message("store unreachable")
                    .statusCode(500).build());
            return result;
        };
        var api = new StaffApi(deployment, Map.of(), writes, clock, List.of(faults));
        var id = new Seed(api).comment("Jalan di Jl. Cibiru Hilir berlubang besar", NOW).id().value();

        var response = api.triage().act(id, Bodies.verify("BINA_MARGA_SDA", 1));

        assertThat(faults.injected()).isPositive();
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("status").asText()).isEqualTo("VERIFIED");
        assertThat(response.json().path("version").asLong()).isEqualTo(2);
        assertThat(response.json().path("unit").path("name").asText()).isEqualTo("BINA_MARGA_SDA");
    }
}

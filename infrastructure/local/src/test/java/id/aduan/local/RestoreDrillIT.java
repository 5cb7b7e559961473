package id.aduan.local;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.adapters.config.Settings;
import id.aduan.adapters.config.TenantSettings;
import id.aduan.adapters.dynamodb.DynamoDbComplaintStore;
import id.aduan.adapters.json.Json;
import id.aduan.adapters.runtime.FunctionRuntime;
import id.aduan.core.complaint.Complaint;
import id.aduan.core.kernel.Status;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The restore drill of docs/operations.md against the emulator: the table restored to a point in time
 * as a new table, the functions switched over by {@code TableNameOverride}, and the export of a table.
 */
class RestoreDrillIT {

    @TempDir
    static Path state;
    private static LocalRunCalls calls;
    private static LocalRun run;
    private static Complaint complaint;

    @BeforeAll
    static void start() throws Exception {
        calls = LocalRunCalls.start(state);
        run = calls.run;
        calls.deliver("comment-complaint.json");
        complaint = storeOf(table()).newest(Status.NEW, 1).getFirst();
    }

    @AfterAll
    static void stop() {
        calls.close();
    }

    @Test
    void aTableRestoredToAPointInTimeServesTheFunctionsThroughTheOverride() throws Exception {
        var dynamoDb = run.deployment().dynamoDb();
        dynamoDb.updateContinuousBackups(request -> request.tableName(table())
                .pointInTimeRecoverySpecification(pitr -> pitr.pointInTimeRecoveryEnabled(true)));
        var restored = table() + "-restored";

        dynamoDb.restoreTableToPointInTime(request -> request.sourceTableName(table()).targetTableName(restored)
                .useLatestRestorableTime(true));
        calls.deliver("live-comment.json");

        var read = storeOf(restored).findByTrackingCode(complaint.trackingCode()).flatMap(storeOf(restored)::load);
        assertThat(read).hasValueSatisfying(detail -> {
            assertThat(detail.complaint()).isEqualTo(complaint);
            assertThat(detail.messages()).isNotEmpty();
            assertThat(detail.timeline()).isNotEmpty();
        });
        assertThat(storeOf(restored).newest(Status.NEW, 10)).as("what came after the restore point is not there")
                .containsExactly(complaint);
        assertThat(storeOf(table()).newest(Status.NEW, 10)).hasSize(2);
    }

    @Test
    void theExportHoldsEveryItemOfTheTableOnceInDynamoDbsOwnForm() throws Exception {
        var out = new StringWriter();

        long exported = TableExport.write(run.deployment().dynamoDb(), table(), out);

        var lines = out.toString().lines().toList();
        var items = run.deployment().items("ComplaintsTable");
        assertThat(exported).isEqualTo(items.size()).isEqualTo(lines.size());
        assertThat(lines).map(line -> Json.mapper().readTree(line).path("PK").path("S").asText())
                .containsExactlyInAnyOrderElementsOf(items.stream().map(item -> item.get("PK").s()).toList());
        assertThat(lines).anySatisfy(line -> assertThat(Json.mapper().readTree(line).path("trackingCode").path("S")
                .asText()).isEqualTo(complaint.trackingCode().value()));
    }

    @Test
    void theExportCommandWritesANamedTableToAFileWithTheCallersAwsSettings() throws Exception {
        var file = state.resolve("export.jsonl");
        var environment = run.deployment().environment("StaffApiFunction");

        int exit = new Commands(environment, System.out, System.err)
                .run(List.of("export", "--out", file.toString(), "--table", table()));

        assertThat(exit).isZero();
        assertThat(Files.readAllLines(file)).hasSize(run.deployment().items("ComplaintsTable").size());
    }

    /** The complaint store as a function sees it when {@code TABLE_NAME_OVERRIDE} names {@code table}. */
    private static DynamoDbComplaintStore storeOf(String table) {
        var environment = new HashMap<>(run.deployment().environment("StaffApiFunction"));
        environment.put("TABLE_NAME_OVERRIDE", table);
        var settings = new Settings(environment);
        return new DynamoDbComplaintStore(new FunctionRuntime("drill", settings, Clock.systemUTC()).table()
                .forTenant(TenantSettings.configured(settings).first()));
    }

    private static String table() {
        return run.deployment().ref("ComplaintsTable");
    }
}

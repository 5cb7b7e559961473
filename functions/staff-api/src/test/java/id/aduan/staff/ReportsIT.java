package id.aduan.staff;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.testkit.AwsEmulatorExtension;
import id.aduan.testkit.Deployment;
import id.aduan.testkit.HttpApiEvents;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Staff reports and the CSV export through the handler: figures, unit scope, masking, bad input. */
@ExtendWith(AwsEmulatorExtension.class)
class ReportsIT {

    private StaffApi api;
    private String road;
    private String spam;
    private String waiting;

    @BeforeEach
    void setUp(Deployment deployment) {
        api = new StaffApi(deployment);
        var seed = new Seed(api);
        var now = Instant.now();
        road = seed.comment("Jalan berlubang di Cibiru, hubungi 081234567890", now.minus(Duration.ofHours(5))).id().value();
        spam = seed.comment("Promo slot gacor", now.minus(Duration.ofHours(4))).id().value();
        waiting = seed.comment("Sampah menumpuk di pasar", now.minus(Duration.ofHours(3))).id().value();
        var triage = api.triage();
        triage.act(road, Bodies.verify("BINA_MARGA_SDA", 1));
        triage.act(road, Bodies.move("FORWARD", 2));
        triage.act(road, "{\"action\": \"REROUTE\", \"unit\": \"PERHUBUNGAN\", \"reason\": \"lampu\", \"version\": 3}");
        triage.act(spam, "{\"action\": \"REJECT\", \"rejection\": \"SPAM\", \"version\": 1}");
    }

    @Test
    void summaryCountsTheWindowsComplaintsAndMoves() {
        var report = summary(api.triage(), Map.of("groupBy", "unit"));

        assertThat(report.status()).isEqualTo(200);
        var total = report.json().path("total");
        assertThat(total.path("received").asInt()).isEqualTo(3);
        assertThat(total.path("verified").asInt()).isEqualTo(1);
        assertThat(total.path("forwarded").asInt()).isEqualTo(1);
        assertThat(total.path("rejected").path("SPAM").asInt()).isEqualTo(1);
        assertThat(total.path("reroutes").get(0).path("from").asText()).isEqualTo("BINA_MARGA_SDA");
        assertThat(total.path("reroutes").get(0).path("to").asText()).isEqualTo("PERHUBUNGAN");
        assertThat(total.path("sla").path("VERIFICATION").path("met").asInt()).isEqualTo(2);
        assertThat(total.path("backlogByAge").path("UNDER_ONE_DAY").asInt()).isEqualTo(2);
        assertThat(report.json().path("groups").findValuesAsText("key")).containsExactly("PERHUBUNGAN", "TRIAGE");
    }

    @Test
    void unitStaffSeeTheirUnitOnly() {
        var ours = summary(api.as("agent", "PERHUBUNGAN"), Map.of()).json();
        var other = summary(api.as("supervisor", "SOSIAL"), Map.of()).json();

        assertThat(ours.path("unit").asText()).isEqualTo("PERHUBUNGAN");
        assertThat(ours.path("total").path("received").asInt()).isEqualTo(1);
        assertThat(ours.path("total").path("reroutes")).hasSize(1);
        assertThat(other.path("total").path("received").asInt()).isZero();
        assertThat(other.path("total").path("reroutes")).isEmpty();
    }

    @Test
    void csvIsExcelReadyAndStripsPersonalDataForRolesWithoutAccess() {
        var columns = Map.of("columns", "trackingCode,unit,reporter,text", "separator", ",");
        var full = csv(api.admin(), columns);
        var masked = csv(api.as("agent", "PERHUBUNGAN"), columns);

        assertThat(full.header("content-type")).isEqualTo("text/csv; charset=utf-8");
        var body = full.event().path("body").asText();
        assertThat(body).startsWith("\uFEFFtrackingCode,unit,reporter,text\r\n");
        assertThat(body.split("\r\n")).hasSize(4);
        assertThat(body).contains("warga_cibiru", "081234567890");
        var agentBody = masked.event().path("body").asText();
        assertThat(agentBody.split("\r\n")).hasSize(2);
        assertThat(agentBody).contains(",PERHUBUNGAN,,").doesNotContain("warga_cibiru").doesNotContain("081234567890");
    }

    @Test
    void badParametersAreRefusedWithTheField() {
        assertThat(summary(api.triage(), Map.of("groupBy", "month")).errorField()).isEqualTo("groupBy");
        assertThat(summary(api.triage(), Map.of("from", "2026-12-01", "to", "2026-11-01")).errorField()).isEqualTo("to");
        assertThat(summary(api.triage(), Map.of("from", "2024-01-01", "to", "2026-01-01")).errorField()).isEqualTo("from");
        assertThat(summary(api.triage(), Map.of("unitt", "x")).status()).isEqualTo(400);
        var csv = csv(api.triage(), Map.of("columns", "trackingCode,nik"));
        assertThat(csv.status()).isEqualTo(400);
        assertThat(csv.errorField()).isEqualTo("columns");
        assertThat(csv(api.triage(), Map.of("separator", "|")).errorField()).isEqualTo("separator");
    }

    private StaffApi.Response summary(StaffApi.Caller caller, Map<String, String> query) {
        return get(caller, "/reports/summary", query);
    }

    private StaffApi.Response csv(StaffApi.Caller caller, Map<String, String> query) {
        return get(caller, "/reports/complaints.csv", query);
    }

    private StaffApi.Response get(StaffApi.Caller caller, String path, Map<String, String> query) {
        var request = HttpApiEvents.request("GET", path).claims(caller.claims);
        query.forEach(request::query);
        return api.invoke(request);
    }
}

package id.aduan.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.aduan.adapters.dynamodb.ComplaintTable;
import id.aduan.adapters.dynamodb.DynamoDbComplaintStore;
import id.aduan.adapters.json.Json;
import id.aduan.core.complaint.Complaint;
import id.aduan.core.kernel.Tenant;
import id.aduan.testkit.AwsEmulatorExtension;
import id.aduan.testkit.Deployment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * On a stack serving Kota Bandung (32.73) and Kabupaten Garut (32.05), each with a complaint written
 * through stores bound to it, Garut's staff reach Garut's complaints only, through Garut's services,
 * whatever id, cursor or parameter they send; the province role reads either's figures or both summed.
 *
 * <p>The tenant-bound table isolates by its keys, which carry the tenant: Bandung's complaint id is not
 * found for Garut's staff (404) and every listing, count, export and report holds Garut's alone.
 */
@ExtendWith(AwsEmulatorExtension.class)
class StaffTenantIsolationIT {

    private static final Tenant BANDUNG = new Tenant("32.73");
    private static final Tenant GARUT = new Tenant("32.05");
    private static final String DISHUB_GARUT = """
            {"version": %d, %s"displayName": "Dishub Garut", "flavour": "INSTAGRAM_LOGIN",
             "tokenSecretId": "aduan/instagram/dishub-garut"}""";

    private Deployment deployment;
    private StaffApi stack;
    private Complaint bandungs;
    private Complaint garuts;
    private StaffApi.Caller garut;

    @BeforeEach
    void setUp(Deployment deployment) {
        this.deployment = deployment;
        stack = new StaffApi(deployment, Map.of("TENANTS", "32.73,32.05"));
        var now = Instant.now();
        bandungs = new Seed(tableOf(BANDUNG)).comment("Jalan berlubang di Cibiru", now.minusSeconds(120));
        garuts = new Seed(tableOf(GARUT)).comment("Banjir di Tarogong Kidul", now.minusSeconds(60));
        garut = stack.triage().with("custom:tenant", "32.05");
    }

    @Test
    void garutsStaffListCountExportAndReportGarutsComplaintsOnly() {
        var listed = garut.list(Map.of()).complaintIds();
        var counts = garut.counts().json();
        var csv = garut.request("GET /reports/complaints.csv", Map.of(), Map.of(), null).event().path("body").asText();
        var report = garut.request("GET /reports/summary", Map.of(), Map.of(), null).json();

        assertThat(listed).containsExactly(garuts.id().value());
        assertThat(csv).contains(garuts.trackingCode().value()).doesNotContain(bandungs.trackingCode().value());
        assertThat(counts.path("tenants").toString()).isEqualTo("[\"32.05\"]");
        assertThat(counts.has("served")).as("a government's staff are offered no other").isFalse();
        assertThat(report.path("tenants").toString()).isEqualTo("[\"32.05\"]");
        assertThat(counts.path("byStatus").path("NEW").asInt()).isEqualTo(1);
        assertThat(report.path("total").path("received").asInt()).isEqualTo(1);
    }

    @Test
    void garutsStaffWorkGarutsComplaintThroughGarutsServicesAndItsRepliesNameGarut() {
        var opened = garut.open(garuts.id().value());
        var noted = garut.post(garuts.id().value(), "notes", "{\"text\": \"dicek ke lokasi\", \"version\": 1}");
        var replied = garut.post(garuts.id().value(), "replies",
                "{\"method\": \"PUBLIC_COMMENT_REPLY\", \"template\": \"ACKNOWLEDGE\", \"version\": 2}");

        assertThat(List.of(opened.status(), noted.status(), replied.status())).containsExactly(200, 201, 202);
        var messages = deployment.sqs().receiveMessage(r -> r.queueUrl(deployment.ref("ReplyQueue"))
                .maxNumberOfMessages(10)).messages();
        assertThat(messages).singleElement().satisfies(message ->
                assertThat(json(message.body()).path("tenant").asText()).isEqualTo("32.05"));
        var garutsDesks = stack.wiring.desks(GARUT);
        garut.open(garuts.id().value());
        assertThat(stack.wiring.desks(GARUT)).isSameAs(garutsDesks);
        assertThat(new DynamoDbComplaintStore(tableOf(GARUT)).find(garuts.id()).orElseThrow().version()).isEqualTo(3);
    }

    @Test
    void bandungsComplaintIsNotFoundForGarutsStaffWhateverTheyDo() {
        var id = bandungs.id().value();
        var bulk = garut.bulk("{\"action\": \"REJECT\", \"rejection\": \"SPAM\", \"complaints\": [{\"id\": \"%s\", \"version\": 1}]}"
                .formatted(id));

        var answers = List.of(garut.open(id), garut.open(bandungs.trackingCode().value()),
                garut.act(id, Bodies.verify("SOSIAL", 1)),
                garut.post(id, "notes", "{\"text\": \"catatan\", \"version\": 1}"),
                garut.post(id, "replies", "{\"method\": \"PUBLIC_COMMENT_REPLY\", \"template\": \"ACKNOWLEDGE\", \"version\": 1}"),
                garut.post(id, "hide", "{\"version\": 1}"));

        assertThat(bulk.status()).isEqualTo(200);
        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).isEqualTo(404));
        assertThat(bulk.json().path("results").get(0).path("status").asInt()).isEqualTo(404);
        assertThat(new DynamoDbComplaintStore(tableOf(BANDUNG)).find(bandungs.id()).orElseThrow().version())
                .isEqualTo(1);
    }

    @Test
    void garutsAdminChangesGarutsConfigurationOnly() {
        var garutAdmin = stack.admin().with("custom:tenant", "32.05");
        var units = garutAdmin.config("units").json().path("value");

        var changed = garutAdmin.changeConfig("units", "{\"version\": 0, \"value\": " + units + "}");

        assertThat(changed.status()).isEqualTo(200);
        assertThat(garutAdmin.config("units").version()).isEqualTo(1);
        assertThat(stack.admin().with("custom:tenant", "32.73").config("units").version())
                .isEqualTo(0);
    }

    @Test
    void aCursorIssuedToBandungsStaffOrForgedForGarutIs400() {
        new Seed(tableOf(BANDUNG)).comment("Lampu jalan mati", Instant.now().minusSeconds(30));
        var bandung = stack.triage().with("custom:tenant", "32.73");
        var cursor = bandung.list(Map.of("limit", "1")).json().path("nextCursor").asText();
        var parts = cursor.split("\\.");
        var payload = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
        var forged = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.replace("32.73", "32.05").getBytes(StandardCharsets.UTF_8)) + "." + parts[1];

        var own = bandung.list(Map.of("limit", "1", "cursor", cursor));
        var carried = garut.list(Map.of("limit", "1", "cursor", cursor));
        var forgedForGarut = garut.list(Map.of("limit", "1", "cursor", forged));

        assertThat(own.status()).isEqualTo(200);
        assertThat(List.of(carried, forgedForGarut)).allSatisfy(refused -> {
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.errorCode()).isEqualTo("BAD_CURSOR");
        });
        assertThat(carried.json().path("error").path("message").asText())
                .isNotEqualTo(forgedForGarut.json().path("error").path("message").asText());
    }

    @Test
    void theProvinceRoleReadsOneTenantsFiguresOrEveryTenantSummedAndNothingElse() {
        var province = stack.as("province", null);

        var both = province.request("GET /reports/summary", Map.of(), Map.of(), null).json();
        var garutOnly = province.request("GET /reports/summary", Map.of(), Map.of("tenant", "32.05"), null).json();
        var bothCounted = province.request("GET /complaints/counts", Map.of(), Map.of(), null).json();
        var garutCounted = province.request("GET /complaints/counts", Map.of(), Map.of("tenant", "32.05"), null).json();
        var notServed = province.request("GET /complaints/counts", Map.of(), Map.of("tenant", "32.78"), null);
        var notARegion = province.request("GET /reports/summary", Map.of(), Map.of("tenant", "Garut"), null);

        assertThat(both.path("tenants").toString()).isEqualTo("[\"32.73\",\"32.05\"]");
        assertThat(List.of(both, garutOnly, bothCounted, garutCounted)).allSatisfy(answer ->
                assertThat(answer.path("served").toString()).as("the governments the province may choose from")
                        .isEqualTo("[{\"id\":\"32.73\",\"name\":\"Kota Bandung\"},{\"id\":\"32.05\",\"name\":\"Kabupaten Garut\"}]"));
        assertThat(both.path("total").path("received").asInt()).isEqualTo(2);
        assertThat(bothCounted.path("byStatus").path("NEW").asInt()).isEqualTo(2);
        assertThat(garutOnly.path("tenants").toString()).isEqualTo("[\"32.05\"]");
        assertThat(garutOnly.path("total").path("received").asInt()).isEqualTo(1);
        assertThat(garutCounted.path("byStatus").path("NEW").asInt()).isEqualTo(1);
        assertThat(List.of(notServed, notARegion)).allSatisfy(refused -> {
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.errorCode()).isEqualTo("UNKNOWN_TENANT");
            assertThat(refused.errorField()).isEqualTo("tenant");
        });
        assertThat(province.open(garuts.id().value()).status()).isEqualTo(403);
        assertThat(province.list(Map.of("tenant", "32.05")).status()).isEqualTo(403);
    }

    @Test
    void staffCannotNameAnotherTenantForTheirFigures() {
        var counted = garut.request("GET /complaints/counts", Map.of(), Map.of("tenant", "32.73"), null);
        var reported = garut.request("GET /reports/summary", Map.of(), Map.of("tenant", "32.73"), null);

        assertThat(List.of(counted, reported)).allSatisfy(refused -> {
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.errorCode()).isEqualTo("UNKNOWN_PARAMETER");
        });
    }

    @Test
    void garutsAdminRegistersGarutsAccountsOnlyAndSeesOnlyThem() {
        var garutAdmin = stack.admin().with("custom:tenant", "32.05");
        var bandungAdmin = stack.admin().with("custom:tenant", "32.73");
        var forBandung = garutAdmin.registerAccount("17841400000000031", DISHUB_GARUT.formatted(0, "\"tenant\": \"32.73\", "));
        var bandungsOwn = bandungAdmin.registerAccount("17841400000000032", DISHUB_GARUT.formatted(0, ""));
        var garutsOwn = garutAdmin.registerAccount("17841400000000033", DISHUB_GARUT.formatted(1, ""));
        var takingBandungs = garutAdmin.registerAccount("17841400000000032", DISHUB_GARUT.formatted(2, ""));
        var retiringBandungs = garutAdmin.retireAccount("17841400000000032", "\"2\"");
        var wholeSection = garutAdmin.changeConfig("accounts", """
                {"version": 2, "value": {"accounts": [{"instagramAccountId": "17841400000000034",
                 "displayName": "Diskominfo Garut", "flavour": "INSTAGRAM_LOGIN", "tokenSecretId": "aduan/instagram/kominfo-garut"}]}}""");

        assertThat(forBandung.status()).isEqualTo(403);
        assertThat(forBandung.errorCode()).isEqualTo("FORBIDDEN");
        assertThat(forBandung.json().path("error").path("message").asText()).contains("17841400000000031");
        assertThat(List.of(takingBandungs, retiringBandungs)).allSatisfy(refused -> {
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.errorCode()).isEqualTo("FORBIDDEN");
        });
        assertThat(List.of(bandungsOwn.status(), garutsOwn.status(), wholeSection.status())).containsExactly(200, 200, 200);
        assertThat(accountIds(garutsOwn)).containsExactly("17841400000000033");
        assertThat(accountIds(wholeSection)).containsExactly("17841400000000034");
        assertThat(accountIds(garutAdmin.config("accounts"))).containsExactly("17841400000000034");
        assertThat(accountIds(bandungAdmin.config("accounts"))).containsExactly("17841400000000032");
        assertThat(bandungAdmin.config("accounts").version()).isEqualTo(3);
    }

    private static List<String> accountIds(StaffApi.Response accounts) {
        return accounts.json().path("value").path("accounts").findValuesAsText("instagramAccountId");
    }

    private ComplaintTable tableOf(Tenant tenant) {
        return stack.wiring.runtime().table().forTenant(tenant);
    }

    private static JsonNode json(String body) {
        try {
            return Json.mapper().readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

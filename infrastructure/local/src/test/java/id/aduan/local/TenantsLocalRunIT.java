package id.aduan.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.aduan.adapters.json.Json;
import id.aduan.core.kernel.Tenant;
import id.aduan.testkit.InstagramFixtures;
import id.aduan.testkit.SamTemplate;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * One local run of the real template serving Kota Bandung (32.73) and Kabupaten Garut (32.05), with three
 * accounts registered by each government's own admin (the city's and its Dinas Perhubungan's for Bandung,
 * Garut's own): comments signed as Meta does reach the government of the account they came in on, and
 * each government's staff see, count and open only their own, whatever id or cursor they send.
 */
class TenantsLocalRunIT {

    private static final Tenant BANDUNG = new Tenant("32.73");
    private static final Tenant GARUT = new Tenant("32.05");
    /** The account the fixtures name: the city's. */
    private static final String BANDUNG_CITY = "17841400000000001";
    private static final String BANDUNG_DISHUB = "17841400000000002";
    private static final String GARUT_CITY = "17841400000000003";
    /** When the fixture's comment was made (5 August 2026), outside the console's default report window. */
    private static final long FIXTURE_TIME = 1_785_900_000L;

    @TempDir
    static Path state;
    private static LocalRunCalls calls;
    private static String bandung;
    private static String garut;

    @BeforeAll
    static void startWithThreeAccountsAndThreeComments() throws Exception {
        calls = LocalRunCalls.start(state, Map.of("TENANTS", BANDUNG + "," + GARUT));
        bandung = calls.token(BANDUNG, "tia.bandung", "triage");
        garut = calls.token(GARUT, "gita.garut", "triage");
        register(calls.token(BANDUNG, "adi.bandung", "admin"), BANDUNG_CITY, "Pemkot Bandung", null);
        register(calls.token(BANDUNG, "adi.bandung", "admin"), BANDUNG_DISHUB, "Dishub Bandung", "PERHUBUNGAN");
        register(calls.token(GARUT, "asep.garut", "admin"), GARUT_CITY, "Pemkab Garut", null);
        comment(BANDUNG_CITY, "17900000000000901");
        comment(BANDUNG_DISHUB, "17900000000000902");
        comment(GARUT_CITY, "17900000000000903");
    }

    @AfterAll
    static void stop() {
        calls.close();
    }

    @Test
    void eachCommentReachesTheGovernmentOfItsAccountAndItsStaffListAndCountTheirOwnOnly() throws Exception {
        var bandungs = listed(bandung);
        var garuts = listed(garut);

        assertThat(bandungs).hasSize(2).extracting(row -> row.path("triage").path("unit").asText())
                .as("the Dinas Perhubungan account's complaint goes to its unit").contains("PERHUBUNGAN");
        assertThat(garuts).hasSize(1);
        assertThat(counted(bandung)).isEqualTo(2);
        assertThat(counted(garut)).isEqualTo(1);
    }

    @Test
    void anotherGovernmentsComplaintIsNotFoundByIdOrTrackingCodeAndItsCursorIsRefused() throws Exception {
        var bandungs = listed(bandung);
        var id = bandungs.getFirst().path("id").asText();
        var code = bandungs.getFirst().path("trackingCode").asText();
        var firstPage = json(calls.staff(bandung, "GET", "/complaints?limit=1", null));

        assertThat(calls.staff(garut, "GET", "/complaints/" + id, null).statusCode()).isEqualTo(404);
        assertThat(calls.staff(garut, "GET", "/complaints/" + code, null).statusCode()).isEqualTo(404);
        assertThat(calls.staff(bandung, "GET", "/complaints/" + code, null).statusCode()).isEqualTo(200);
        var carried = calls.staff(garut, "GET", "/complaints?limit=1&cursor=" + firstPage.path("nextCursor").asText(),
                null);
        assertThat(carried.statusCode()).isEqualTo(400);
        assertThat(json(carried).path("error").path("code").asText()).isEqualTo("BAD_CURSOR");
    }

    @Test
    void theLocalRunSaysWhichGovernmentsItServesAndMintsATokenForOneOfThemOnly() throws Exception {
        var served = json(calls.local("GET", "/local/tenants", null));
        var garutsTriage = json(calls.local("POST", "/local/token",
                "{\"role\": \"triage\", \"name\": \"gita.garut\", \"tenant\": \"32.05\"}")).path("token").asText();
        var unserved = calls.local("POST", "/local/token", "{\"role\": \"triage\", \"name\": \"x\", \"tenant\": \"32.01\"}");

        assertThat(served.path("tenants").toString()).isEqualTo(
                "[{\"id\":\"32.73\",\"name\":\"Kota Bandung\"},{\"id\":\"32.05\",\"name\":\"Kabupaten Garut\"}]");
        assertThat(listed(garutsTriage)).hasSize(1);
        assertThat(unserved.statusCode()).isEqualTo(400);
        assertThat(json(unserved).path("message").asText()).contains("32.73, 32.05", "32.01");
    }

    @Test
    void garutsTriageOfficerSignsInToTheConsoleForGarutAndSeesGarutsComplaintOnly(@TempDir Path profile) throws Exception {
        ConsoleBrowser.assumeReady(SamTemplate.locate());
        try (var officer = new ConsoleBrowser(calls.run.url(), profile)) {
            officer.open("/masuk");
            var governments = new Select(officer.waitFor(By.name("tenant")));
            assertThat(governments.getOptions()).extracting(WebElement::getText)
                    .containsExactly("Kota Bandung (32.73)", "Kabupaten Garut (32.05)");
            officer.screenshot(Path.of("target", "screenshots", "signin-two-governments.png"));
            officer.phone();
            officer.screenshot(Path.of("target", "screenshots", "signin-two-governments-phone.png"));
            officer.desktop();

            officer.signIn("32.05", "triage", null, "gita.garut");

            var rows = officer.waitFor(By.cssSelector("ul.rows"));
            assertThat(rows.findElements(By.cssSelector("li"))).hasSize(1);
            assertThat(rows.getText()).contains(listed(garut).getFirst().path("trackingCode").asText());
        }
    }

    @Test
    void theProvincialOfficeReadsBothGovernmentsFiguresAndNoComplaint() throws Exception {
        var province = calls.token("dinda.provinsi", "province");

        var both = json(calls.staff(province, "GET", "/complaints/counts", null));
        var garutOnly = json(calls.staff(province, "GET", "/complaints/counts?tenant=32.05", null));

        assertThat(both.path("tenants").toString()).isEqualTo("[\"32.73\",\"32.05\"]");
        assertThat(both.path("byStatus").path("NEW").asInt()).isEqualTo(3);
        assertThat(garutOnly.path("byStatus").path("NEW").asInt()).isEqualTo(1);
        assertThat(calls.staff(province, "GET", "/complaints", null).statusCode()).isEqualTo(403);
    }

    @Test
    void theProvincialOfficerReadsAllGovernmentsOrOneInTheConsolesReports(@TempDir Path profile) throws Exception {
        ConsoleBrowser.assumeReady(SamTemplate.locate());
        try (var province = new ConsoleBrowser(calls.run.url(), profile)) {
            province.signIn("province", null, "provinsi.jabar");
            var received = province.waitFor(By.cssSelector(".report-cards .card strong"));
            assertThat(received.getText()).as("both governments' complaints").isEqualTo("3");
            var government = new Select(province.waitFor(By.cssSelector(".report-government select[name=tenant]")));
            assertThat(government.getOptions()).extracting(WebElement::getText).containsExactly(
                    "Semua pemerintah daerah", "Kota Bandung (32.73)", "Kabupaten Garut (32.05)");

            government.selectByValue("32.05");
            province.waitFor(By.cssSelector("form.report-window button[type=submit]")).click();

            province.waitForText(By.cssSelector(".report-cards .card strong"), "1");
            assertThat(province.pageText()).as("the triage pool by what it is, not its code")
                    .contains("Tim media sosial (belum didisposisikan)").doesNotContain("TRIAGE");
            province.screenshot(Path.of("target", "screenshots", "province-two-governments-desktop.png"));
            province.phone();
            province.waitFor(By.cssSelector(".report-government select[name=tenant]"));
            province.screenshot(Path.of("target", "screenshots", "province-two-governments-phone.png"));
        }
    }

    @Test
    void garutsAdminCannotRegisterAnAccountForBandung() throws Exception {
        var admin = calls.token(GARUT, "asep.garut", "admin");

        var refused = put(admin, "17841400000000004", "Akun lain", null, BANDUNG);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
    }

    private static void register(String adminToken, String account, String name, String unit) throws Exception {
        var answer = put(adminToken, account, name, unit, null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }

    /** Registers {@code account} over the accounts section's current version; for the admin's tenant when {@code tenant} is null. */
    private static HttpResponse<String> put(String adminToken, String account, String name, String unit, Tenant tenant)
            throws Exception {
        var section = calls.staff(adminToken, "GET", "/config/accounts", null);
        var body = new StringBuilder("{\"displayName\": \"%s\", \"flavour\": \"INSTAGRAM_LOGIN\", \"tokenSecretId\": \"aduan/instagram/%s\", \"version\": %d"
                .formatted(name, account, json(section).path("version").asLong()));
        if (unit != null) {
            body.append(", \"defaultUnit\": \"").append(unit).append('"');
        }
        if (tenant != null) {
            body.append(", \"tenant\": \"").append(tenant).append('"');
        }
        return calls.staff(adminToken, "PUT", "/config/accounts/" + account, body.append('}').toString());
    }

    /** The fixture's pothole comment, as if it came in on {@code account} just now with its own comment id. */
    private static void comment(String account, String commentId) throws Exception {
        var fixture = new String(InstagramFixtures.read("comment-complaint.json"), StandardCharsets.UTF_8);
        calls.deliverBody(fixture.replace("\"" + BANDUNG_CITY + "\"", "\"" + account + "\"")
                .replace("17900000000000101", commentId)
                .replace("\"time\": " + FIXTURE_TIME, "\"time\": " + Instant.now().getEpochSecond())
                .getBytes(StandardCharsets.UTF_8));
    }

    private static List<JsonNode> listed(String token) throws Exception {
        var rows = new ArrayList<JsonNode>();
        json(calls.staff(token, "GET", "/complaints?limit=100", null)).path("complaints").forEach(rows::add);
        return rows;
    }

    private static int counted(String token) throws Exception {
        return json(calls.staff(token, "GET", "/complaints/counts", null)).path("byStatus").path("NEW").asInt();
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isLessThan(500);
        return Json.mapper().readTree(response.body());
    }
}

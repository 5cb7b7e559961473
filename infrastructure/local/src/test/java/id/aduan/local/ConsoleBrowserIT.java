package id.aduan.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.aduan.adapters.json.Json;
import id.aduan.core.complaint.Complaint;
import id.aduan.core.ingest.WebhookSignature;
import id.aduan.testkit.InstagramFixtures;
import id.aduan.testkit.SamTemplate;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * The staff console in a real headless Chromium against the whole local run: the way the social-media
 * team and an agency work a complaint a signed delivery just created. On CI the browser and the built
 * console must be there; elsewhere the test is skipped, saying what is missing.
 */
class ConsoleBrowserIT {

    private static final String APP_SECRET = "browser-it-app-secret";
    private static final String UNIT = "BINA_MARGA_SDA";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Path AXE = Path.of("..", "..", "console", "node_modules", "axe-core", "axe.min.js");
    private static final AtomicLong COMMENT_IDS = new AtomicLong(17_950_000_000_000_000L + System.nanoTime() % 1_000_000);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path state;
    @TempDir
    static Path profiles;
    private static LocalRun run;

    @BeforeAll
    static void start() {
        var template = SamTemplate.locate();
        ConsoleBrowser.assumeReady(template);
        run = LocalRun.start(new LocalOptions(template, 0, 0, false, state, APP_SECRET, "browser-it-verify",
                Duration.ofMillis(100), Clock.systemUTC()), new RunLog(System.out, Clock.systemUTC()));
    }

    @AfterAll
    static void stop() {
        if (run != null) {
            run.close();
        }
    }

    private static ConsoleBrowser browser() throws IOException {
        return new ConsoleBrowser(run.url(), Files.createTempDirectory(profiles, "chromium-"));
    }

    /** A signed delivery of a new comment (a fresh id each time) and the complaint it opened. */
    private static Complaint deliverComment(String text) throws Exception {
        var commentId = Long.toString(COMMENT_IDS.incrementAndGet());
        var fixture = (ObjectNode) Json.mapper().readTree(
                InstagramFixtures.read("comment-complaint.json"));
        var entry = (ObjectNode) fixture.path("entry").get(0);
        entry.put("time", Instant.now().getEpochSecond());
        var value = (ObjectNode) entry.path("changes").get(0).path("value");
        value.put("id", commentId);
        value.put("text", text);
        var body = Json.mapper().writeValueAsBytes(fixture);
        var response = HTTP.send(HttpRequest.newBuilder(run.url().resolve("/webhooks/instagram"))
                .header("content-type", "application/json")
                .header("X-Hub-Signature-256", WebhookSignature.sign(body, APP_SECRET))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var lookup = ComplaintLookup.of(new LocalState(state).running().orElseThrow());
        return QueuedComplaints.await(lookup, complaint -> commentId.equals(complaint.replyTarget().instagramId()));
    }

    private static JsonNode complaintJson(String trackingCode) throws Exception {
        var identity = LocalIdentity.loadOrCreate(new LocalState(state).signingKeyFile());
        var token = new TokenMinter(identity, Clock.systemUTC()).mint(new TokenMinter.Staff("check", List.of("triage"), null,
                null, Duration.ofMinutes(5)));
        var response = HTTP.send(HttpRequest.newBuilder(run.url().resolve("/complaints/" + trackingCode))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return Json.mapper().readTree(response.body());
    }

    @Test
    void triageSeesWhichLocalOfficeAComplaintNamesAndWhatSupportsIt() throws Exception {
        var code = deliverComment("Punten min, ngurus surat pengantar di kel. Cipedes udah seminggu ga beres")
                .trackingCode().value();
        try (var triage = browser()) {
            triage.signIn("triage", null, "nia.triage");
            triage.openComplaint(code);

            assertThat(triage.waitFor(By.cssSelector(".suggestion")).getText()).contains("Kantor wilayah: Kel. Cipedes");
            var placeNamed = triage.waitFor(By.cssSelector(".authenticity li.supports[data-signal='PLACE_NAMED']"));
            assertThat(placeNamed.getText()).contains("Menyebut Kel. Cipedes");
        }
    }

    @Test
    void triageVerifiesAndForwardsThenTheUnitsAgentRepliesFollowsUpAndResolves() throws Exception {
        var complaint = deliverComment("Min, jalan di Jl. Soekarno-Hatta depan pasar berlubang besar, motor sering jatuh");
        var code = complaint.trackingCode().value();
        try (var triage = browser()) {
            triage.signIn("triage", null, "nia.triage");
            triage.openComplaint(code);
            assertThat(triage.status()).isEqualTo("Baru");
            triage.act("VERIFY", Map.of("unit", UNIT, "category", "Jalan rusak", "priority", "HIGH"));
            triage.waitForStatus("Terverifikasi");
            triage.act("FORWARD", Map.of());
            triage.waitForStatus("Didisposisikan");
            assertThat(triage.timelineEntry("STATUS_CHANGED").getText()).contains("nia.triage");
        }
        try (var agent = browser()) {
            agent.signIn("agent", UNIT, "budi.agent");
            agent.open("/aduan/" + code);
            agent.waitForStatus("Didisposisikan");
            agent.replyWithTemplate("PUBLIC_COMMENT_REPLY", "FORWARDED");
            assertThat(agent.timelineEntry("REPLY_QUEUED").getText()).contains(code);
            assertThat(agent.timelineEntry("REPLY_SENT").getText()).contains("terkirim");
            agent.act("START_FOLLOW_UP", Map.of());
            agent.waitForStatus("Ditindaklanjuti");
            agent.act("RESOLVE", Map.of("note", "Lubang sudah ditambal"));
            agent.waitForStatus("Selesai");
        }
        assertThat(complaintJson(code).path("status").asText()).isEqualTo("RESOLVED");
    }

    @Test
    void anAgentOfAnotherUnitCannotOpenTheComplaint() throws Exception {
        var code = deliverComment("Lampu PJU di Jl. Cikutra mati total sejak seminggu").trackingCode().value();
        try (var other = browser()) {
            other.signIn("agent", "BENCANA", "adi.bencana");
            other.open("/aduan/" + code);

            assertThat(other.waitFor(By.cssSelector(".detail .form-error")).getText())
                    .isEqualTo("Aduan tidak ditemukan, atau bukan milik unit Anda.");
            assertThat(other.pageText()).doesNotContain("Cikutra");
        }
    }

    @Test
    void aViewerSeesTheComplaintWithoutAnyActionButtonAndReadsTheReports() throws Exception {
        var code = deliverComment("Sampah menumpuk di TPS Jl. Sukajadi, bau sekali").trackingCode().value();
        try (var viewer = browser()) {
            viewer.signIn("viewer", "*", "pimpinan.viewer");
            viewer.openComplaint(code);

            assertThat(viewer.waitFor(By.cssSelector(".no-actions")).getText())
                    .isEqualTo("Peran Anda hanya dapat melihat aduan ini.");
            assertThat(viewer.actionButtons()).isEmpty();
            assertThat(viewer.pageText()).doesNotContain("Kirim balasan").doesNotContain("Simpan catatan");

            viewer.open("/laporan");
            viewer.waitFor(By.cssSelector(".report-cards .card strong"));
            assertThat(viewer.pageText()).contains("Diterima", "Waktu tanggapan (jam kerja)", "Kepatuhan SLA per unit",
                    "Aduan terbuka menurut umur");
            assertThat(viewer.accessibilityViolations(AXE, List.of("serious", "critical"))).as("reports").isEmpty();
            viewer.screenshot(SCREENSHOTS.resolve("reports-desktop.png"));
        }
    }

    @Test
    void theProvinceSeesTheReportsOnlyAndNeverAComplaint() throws Exception {
        var code = deliverComment("Jembatan di Jl. Cikutra retak, mohon dicek").trackingCode().value();
        try (var province = browser()) {
            province.signIn("province", null, "provinsi.jabar");
            province.waitFor(By.cssSelector(".report-cards .card strong"));
            assertThat(province.path()).isEqualTo("/laporan");

            province.open("/aduan/" + code);
            province.waitFor(By.cssSelector(".report-cards .card strong"));
            assertThat(province.path()).isEqualTo("/laporan");
            assertThat(province.pageText()).contains("Provinsi (angka saja)", "Diterima").doesNotContain(code);
            assertThat(province.shows(By.cssSelector("form.search"))).isFalse();
            assertThat(province.shows(By.cssSelector("a.back"))).as("a way back to an inbox it cannot open").isFalse();
            province.screenshot(SCREENSHOTS.resolve("province-desktop.png"));
        }
    }

    @Test
    void theSecondOfTwoPeopleChangingTheSameComplaintIsToldAndNothingIsLost() throws Exception {
        var code = deliverComment("Saluran air di Jl. Gegerkalong tersumbat, banjir tiap hujan").trackingCode().value();
        try (var first = browser(); var second = browser()) {
            first.signIn("triage", null, "nia.triage");
            second.signIn("triage", null, "tia.triage");
            first.openComplaint(code);
            second.openComplaint(code);
            second.typeNote("Sudah saya telepon kelurahan");

            first.act("ASK_FOR_INFORMATION", Map.of("note", "Mohon titik lokasinya"));
            first.waitForStatus("Menunggu informasi");
            second.act("REJECT", Map.of("rejection", "SPAM"));

            assertThat(second.notice()).contains("Aduan ini baru saja diubah orang lain").contains("nia.triage");
            second.waitForStatus("Menunggu informasi");
            assertThat(second.noteDraft()).isEqualTo("Sudah saya telepon kelurahan");
        }
        var stored = complaintJson(code);
        assertThat(stored.path("status").asText()).isEqualTo("NEEDS_INFO");
        assertThat(stored.path("timeline").toString()).contains("Mohon titik lokasinya").doesNotContain("SPAM");
    }

    @Test
    void inboxComplaintAndSettingsHaveNoSeriousAccessibilityViolationsAndAreCapturedAtDesktopAndPhoneWidths()
            throws Exception {
        var code = deliverComment("Pohon besar tumbang di Jl. Dago menutup jalan, mohon bantuan segera").trackingCode().value();
        var serious = List.of("serious", "critical");
        try (var admin = browser()) {
            admin.signIn("admin", null, "admin.kota");
            admin.row(code);
            assertThat(admin.accessibilityViolations(AXE, serious)).as("inbox").isEmpty();
            admin.screenshot(SCREENSHOTS.resolve("inbox-desktop.png"));
            admin.openComplaint(code);
            admin.timelineEntry("RECEIVED");
            assertThat(admin.accessibilityViolations(AXE, serious)).as("complaint").isEmpty();
            admin.screenshot(SCREENSHOTS.resolve("complaint-desktop.png"));
            admin.open("/pengaturan");
            admin.waitFor(By.cssSelector(".units-table"));
            assertThat(admin.accessibilityViolations(AXE, serious)).as("settings").isEmpty();
            admin.screenshot(SCREENSHOTS.resolve("settings-desktop.png"));

            admin.phone();
            admin.open("/");
            admin.row(code);
            admin.screenshot(SCREENSHOTS.resolve("inbox-phone.png"));
            admin.open("/aduan/" + code);
            admin.timelineEntry("RECEIVED");
            assertThat(admin.accessibilityViolations(AXE, serious)).as("complaint on a phone").isEmpty();
            admin.screenshot(SCREENSHOTS.resolve("complaint-phone.png"));
            admin.open("/pengaturan");
            admin.waitFor(By.cssSelector(".units-table"));
            admin.screenshot(SCREENSHOTS.resolve("settings-phone.png"));
        }
        assertThat(SCREENSHOTS.resolve("complaint-phone.png")).isNotEmptyFile();
    }

    @Test
    void theConsoleIsServedBesideTheApiWithTheSinglePageFallback() throws Exception {
        var index = HTTP.send(HttpRequest.newBuilder(run.url().resolve("/aduan/ADU-7K3Q9?status=NEW")).build(),
                HttpResponse.BodyHandlers.ofString());
        var api = HTTP.send(HttpRequest.newBuilder(run.url().resolve("/complaints/ADU-7K3Q9/timeline")).build(),
                HttpResponse.BodyHandlers.ofString());
        var missingAsset = HTTP.send(HttpRequest.newBuilder(run.url().resolve("/assets/missing.js")).build(),
                HttpResponse.BodyHandlers.ofString());
        var escape = HTTP.send(HttpRequest.newBuilder(URI.create(run.url() + "/..%2F..%2Fpom.xml")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.headers().firstValue("content-type")).hasValue("text/html; charset=utf-8");
        assertThat(index.body()).contains("<div id=\"app\">");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.body()).isEqualTo("{\"message\":\"Not Found\"}");
        assertThat(missingAsset.statusCode()).isEqualTo(404);
        assertThat(escape.body()).doesNotContain("<project");
    }
}

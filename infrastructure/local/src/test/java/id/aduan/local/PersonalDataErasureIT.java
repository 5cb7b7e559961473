package id.aduan.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.aduan.adapters.json.Json;
import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.PersonalDataErasure;
import id.aduan.core.triage.PersonalData;
import id.aduan.testkit.InstagramFixtures;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Complaints taken in through the real webhook, worked through the staff API, then erased: by an admin
 * on a citizen's request, and by the retention job once the period is over. Every item of the table is
 * read back (a Scan, which only the test does) and holds nothing of the citizen: no Instagram id, no
 * username, no text they wrote, nothing the privacy scanner finds; the report's figures do not move.
 */
class PersonalDataErasureIT {

    private static final Pattern GENERATED_ID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private static final String SUMMARY = "/reports/summary?from=2026-08-01&to=2026-09-01";

    @TempDir
    static Path state;
    private static LocalRunCalls calls;
    private static LocalRun run;

    @BeforeAll
    static void start() {
        calls = LocalRunCalls.start(state);
        run = calls.run;
    }

    @AfterAll
    static void stop() {
        calls.close();
    }

    @Test
    void aCitizensErasureRequestLeavesNothingOfThemInAnyItemAndTheFiguresStay() throws Exception {
        deliver("dm-text.json", "dm-followup.json", "live-comment.json");
        var citizen = personalValues("dm-text.json", "dm-followup.json");
        var other = personalValues("live-comment.json");
        var complaint = newest(c -> c.reporter().instagramId().equals("6123456789012404"));
        var verified = staff(token("tia.triage", "triage"), "POST",
                "/complaints/" + complaint.trackingCode().value() + "/actions",
                "{\"action\": \"VERIFY\", \"unit\": \"BENCANA\", \"category\": \"Pohon tumbang\", \"priority\": \"HIGH\", \"version\": %d}"
                        .formatted(complaint.version()));
        assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
        assertThat(itemsHolding(citizen)).as("the triage learner keeps the text as an example")
                .anySatisfy(item -> assertThat(item).contains("#LEARN#"));
        var before = summary();
        assertThat(itemsHolding(citizen)).isNotEmpty();

        var refused = staff(token("tia.triage", "triage"), "POST", "/citizens/6123456789012404/erasure",
                "{\"reason\": \"permintaan warga lewat DM\"}");
        var erased = staff(token("dina.admin", "admin"), "POST", "/citizens/6123456789012404/erasure",
                "{\"reason\": \"permintaan warga lewat DM 3 Desember 2026\"}");
        var again = staff(token("dina.admin", "admin"), "POST", "/citizens/6123456789012404/erasure",
                "{\"reason\": \"permintaan warga lewat DM 3 Desember 2026\"}");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        assertThat(erased.statusCode()).as(erased.body()).isEqualTo(200);
        var answer = Json.mapper().readTree(erased.body());
        assertThat(answer.path("erased").asInt()).isEqualTo(1);
        var code = answer.path("trackingCodes").get(0).asText();
        assertThat(Json.mapper().readTree(again.body()).path("erased").asInt()).isZero();
        assertThat(itemsHolding(citizen)).isEmpty();
        assertThat(itemsWithPersonalData()).isEmpty();
        assertThat(itemsHolding(other)).isNotEmpty();
        assertThat(summary()).isEqualTo(before);
        var opened = Json.mapper().readTree(staff(token("dina.admin", "admin"), "GET", "/complaints/" + code, null).body());
        assertThat(opened.toString()).contains("PERSONAL_DATA_ERASED", "dina.admin", PersonalDataErasure.MARKER);
    }

    @Test
    void theRetentionJobErasesAComplaintClosedLongerAgoThanThePeriodAndNoOpenOne() throws Exception {
        deliver("comment-complaint.json", "comment-reply-in-thread.json", "comment-praise.json");
        var rejectedReporter = personalValues("comment-complaint.json", "comment-reply-in-thread.json");
        var openReporter = personalValues("comment-praise.json");
        var complaint = newest(c -> c.reporter().instagramId().equals("6123456789012345"));
        var rejected = staff(token("tia.triage", "triage"), "POST",
                "/complaints/" + complaint.trackingCode().value() + "/actions",
                "{\"action\": \"REJECT\", \"rejection\": \"SPAM\", \"note\": \"dikirim warga_cibiru\", \"version\": %d}"
                        .formatted(complaint.version()));
        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);
        assertThat(itemsHolding(rejectedReporter)).isNotEmpty();
        var before = summary();

        var early = calls.retentionAt(Instant.now().plus(Duration.ofDays(700)));
        var due = calls.retentionAt(Instant.now().plus(Duration.ofDays(731)));

        assertThat(early.path("erased").asInt()).isZero();
        assertThat(due.path("erased").asInt()).isEqualTo(1);
        assertThat(itemsHolding(rejectedReporter)).isEmpty();
        assertThat(itemsHolding(openReporter)).isNotEmpty();
        assertThat(summary()).isEqualTo(before);
        assertThat(calls.retentionAt(Instant.now().plus(Duration.ofDays(731))).path("erased").asInt()).isZero();
    }

    @Test
    void anErasureRequestWithoutAReasonOrForAMalformedUserIdIsRefusedNamingTheField() throws Exception {
        var admin = token("dina.admin", "admin");

        var noReason = staff(admin, "POST", "/citizens/6123456789012999/erasure", "{}");
        var username = staff(admin, "POST", "/citizens/warga_cibiru/erasure", "{\"reason\": \"permintaan warga\"}");

        assertThat(noReason.statusCode()).as(noReason.body()).isEqualTo(400);
        assertThat(Json.mapper().readTree(noReason.body()).path("error").path("field").asText()).isEqualTo("reason");
        assertThat(username.statusCode()).as(username.body()).isEqualTo(400);
        assertThat(Json.mapper().readTree(username.body()).path("error").path("field").asText())
                .isEqualTo("instagramUserId");
    }

    /**
     * The items that still hold any of {@code values}. Raw deliveries are left out: they carry a TTL of
     * 30 days (checked here), after which DynamoDB deletes them; the emulator does not expire items.
     */
    private static List<String> itemsHolding(List<String> values) {
        var found = new ArrayList<String>();
        for (Map<String, AttributeValue> item : run.deployment().items("ComplaintsTable")) {
            if (item.get("PK").s().startsWith("RAW#")) {
                assertThat(Long.parseLong(item.get("expiresAt").n()))
                        .isLessThanOrEqualTo(Instant.now().plus(Duration.ofDays(30)).getEpochSecond());
                continue;
            }
            var text = item.toString();
            values.stream().filter(text::contains).forEach(value -> found.add(item.get("PK").s() + " " + value));
        }
        return found;
    }

    /**
     * Items of erased complaints in which the privacy scanner still finds a phone number, NIK or e-mail
     * address in a text value. Values are scanned one by one: keys, numbers and the item's printed form
     * glued together read as digit runs that no one wrote; so do instants, which are left out.
     */
    private static List<String> itemsWithPersonalData() {
        var items = run.deployment().items("ComplaintsTable");
        var erased = items.stream()
                .filter(item -> item.get("SK").s().equals("META") && item.get("PK").s().contains("#C#"))
                .filter(item -> PersonalDataErasure.MARKER.equals(item.get("text").s()))
                .map(item -> item.get("PK").s())
                .toList();
        assertThat(erased).isNotEmpty();
        return items.stream()
                .filter(item -> erased.contains(item.get("PK").s()))
                .flatMap(item -> item.entrySet().stream()
                        .filter(attribute -> !attribute.getKey().endsWith("PK") && !attribute.getKey().endsWith("SK"))
                        .flatMap(attribute -> texts(attribute.getValue()).stream())
                        .filter(text -> !isInstant(text) && !isGeneratedId(text))
                        .filter(text -> !PersonalData.find(text).isEmpty())
                        .map(text -> item.get("PK").s() + " " + item.get("SK").s() + ": " + text))
                .toList();
    }

    /**
     * An instant the store wrote (a clock's deadline): its seconds and nanoseconds can read as a phone
     * number ("…:02.2182701…" as 022-…), but no one wrote it.
     */
    private static boolean isInstant(String text) {
        try {
            Instant.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /**
     * A request's or a delivery's id the functions generated (a UUID): its hex groups can read as a phone
     * number ("…-4207-9297-…" as 4207-9297) by chance, but no one wrote it.
     */
    private static boolean isGeneratedId(String text) {
        return GENERATED_ID.matcher(text).matches();
    }

    private static List<String> texts(AttributeValue value) {
        var texts = new ArrayList<String>();
        if (value.s() != null) {
            texts.add(value.s());
        }
        if (value.hasSs()) {
            texts.addAll(value.ss());
        }
        if (value.hasL()) {
            value.l().forEach(element -> texts.addAll(texts(element)));
        }
        if (value.hasM()) {
            value.m().values().forEach(element -> texts.addAll(texts(element)));
        }
        return texts;
    }

    /** Instagram ids and usernames of the authors, and every text and media address of the fixtures. */
    private static List<String> personalValues(String... fixtures) throws IOException {
        var values = new ArrayList<String>();
        for (String fixture : fixtures) {
            collect(Json.mapper().readTree(InstagramFixtures.read(fixture)), values);
        }
        return values;
    }

    private static void collect(JsonNode node, List<String> values) {
        if (node instanceof ObjectNode object) {
            object.properties().forEach(field -> {
                var name = field.getKey();
                var value = field.getValue();
                if ((name.equals("from") || name.equals("sender")) && value.has("id")) {
                    values.add(value.path("id").asText());
                }
                if (value.isTextual() && (name.equals("text") || name.equals("username") || name.equals("url"))) {
                    values.add(value.asText());
                }
                collect(value, values);
            });
        } else if (node.isArray()) {
            node.forEach(element -> collect(element, values));
        }
    }

    private static JsonNode summary() throws Exception {
        var response = staff(token("dina.admin", "admin"), "GET", SUMMARY, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var report = (ObjectNode) Json.mapper().readTree(response.body());
        report.remove("computedAt");
        return report;
    }

    private static Complaint newest(Predicate<Complaint> which) {
        var lookup = ComplaintLookup.of(new LocalState(state).running().orElseThrow());
        return lookup.newest(Optional.empty(), 50).stream().filter(which).findFirst().orElseThrow();
    }

    private static void deliver(String... fixtures) throws Exception {
        calls.deliver(fixtures);
    }

    private static String token(String username, String role) {
        return calls.token(username, role);
    }

    private static HttpResponse<String> staff(String token, String method, String pathAndQuery, String json)
            throws Exception {
        return calls.staff(token, method, pathAndQuery, json);
    }
}

package id.aduan.staff;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.testkit.HttpApiEvents;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One language per answer: Indonesian unless Accept-Language asks for English; codes the same in both. */
class LanguageIT extends StaffApiTestCase {

    /** English words that have no place in an Indonesian sentence (field names and constants aside). */
    private static final Set<String> ENGLISH = Set.of("the", "your", "you", "is", "are", "not", "no", "do", "does",
            "allow", "allowed", "only", "while", "complaint", "changed", "reload", "try", "again", "unknown", "takes",
            "needs", "must", "request", "carries", "body", "valid", "possible", "it", "was", "has", "had", "now");

    @Test
    void theSameRefusalReadsInIndonesianByDefaultAndInEnglishOnRequest() {
        var complaint = seed.comment("jalan berlubang", Instant.now()).id().value();
        var viewer = api.as("viewer", "*");
        var action = "{\"action\": \"START_FOLLOW_UP\", \"version\": 1}";

        var indonesian = viewer.act(complaint, action);
        var english = viewer.acceptingLanguage("en-US,en;q=0.9").act(complaint, action);

        assertThat(indonesian.status()).isEqualTo(403);
        assertThat(english.status()).isEqualTo(403);
        assertThat(indonesian.errorCode()).isEqualTo(english.errorCode()).isEqualTo("FORBIDDEN");
        assertThat(message(indonesian)).isEqualTo("peran Anda [viewer] tidak mengizinkan Mulai tindak lanjut");
        assertThat(message(english)).isEqualTo("your roles [viewer] do not allow Start follow-up");
        assertThat(indonesian.header("content-language")).isEqualTo("id");
        assertThat(english.header("content-language")).isEqualTo("en");
    }

    @Test
    void labelsFollowTheLanguageAndTimesStayUtcInstants() {
        var id = seed.comment("jalan berlubang", Instant.now()).id().value();
        var triage = api.triage();

        var indonesian = triage.open(id).json();
        var english = triage.acceptingLanguage("en").open(id).json();

        assertThat(indonesian.path("statusLabel").asText()).isEqualTo("Baru");
        assertThat(english.path("statusLabel").asText()).isEqualTo("New");
        assertThat(indonesian.path("sla").path("FIRST_RESPONSE").path("label").asText()).isEqualTo("Tanggapan pertama");
        assertThat(english.path("sla").path("FIRST_RESPONSE").path("label").asText()).isEqualTo("First response");
        assertThat(english.path("receivedAt").asText()).endsWith("Z").isEqualTo(indonesian.path("receivedAt").asText());
    }

    @Test
    void theCommonErrorsSayNothingInEnglishWhenAnsweredInIndonesian() {
        var complaint = seed.comment("jalan berlubang", Instant.now()).id().value();
        var triage = api.triage();
        triage.post(complaint, "notes", "{\"text\": \"dicek\", \"version\": 1}");

        var answers = List.of(
                api.invoke(HttpApiEvents.request("GET", "/complaints")),
                api.as("viewer", "*").act(complaint, "{\"action\": \"RESOLVE\", \"version\": 2}"),
                triage.open("ADU-ZZZZZ"),
                triage.act(complaint, "{\"action\": \"RESOLVE\", \"version\": 2}"),
                triage.act(complaint, "{\"action\": \"REJECT\", \"rejection\": \"SPAM\", \"version\": 1}"),
                triage.act(complaint, "{\"action\": \"REJECT\", \"rejection\": \"SPAM\"}"),
                triage.act(complaint, "{\"action\": \"VERIFY\", \"unit\": \"DINAS_X\", \"priority\": \"HIGH\", \"version\": 2}"),
                triage.act(complaint, "{not json"),
                triage.list(Map.of("statsu", "NEW")),
                triage.list(Map.of("limit", "500")));

        assertThat(answers).extracting(StaffApi.Response::status)
                .containsExactly(401, 403, 404, 409, 409, 428, 400, 400, 400, 400);
        for (var answer : answers) {
            var words = List.of(message(answer).toLowerCase(Locale.ROOT).split("[^\\p{L}]+"));
            assertThat(words).as(message(answer)).doesNotContainAnyElementsOf(ENGLISH);
        }
    }

    private static String message(StaffApi.Response response) {
        return response.json().path("error").path("message").asText();
    }
}

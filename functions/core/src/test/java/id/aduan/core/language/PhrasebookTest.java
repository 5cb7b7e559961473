package id.aduan.core.language;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.core.kernel.Status;
import id.aduan.core.workflow.ActionKind;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PhrasebookTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d}");

    @Test
    void bothLanguagesHaveTheSameKeysWithTheSamePlaceholders() {
        assertThat(new TreeSet<>(Phrasebook.keys(Language.ENGLISH)))
                .containsExactlyElementsOf(new TreeSet<>(Phrasebook.keys(Language.INDONESIAN)));
        for (String key : Phrasebook.keys(Language.INDONESIAN)) {
            assertThat(placeholders(Phrasebook.template(key, Language.ENGLISH)))
                    .as(key).isEqualTo(placeholders(Phrasebook.template(key, Language.INDONESIAN)));
        }
    }

    @Test
    void aLabelInsideASentenceIsPutIntoTheSentencesLanguage() {
        var refusal = Phrase.of("error.forbidden.action", "[viewer]", ActionKind.START_FOLLOW_UP.phrase());

        assertThat(Phrasebook.say(refusal, Language.INDONESIAN))
                .isEqualTo("peran Anda [viewer] tidak mengizinkan Mulai tindak lanjut");
        assertThat(Phrasebook.say(refusal, Language.ENGLISH)).isEqualTo("your roles [viewer] do not allow Start follow-up");
    }

    @Test
    void everyStatusAndActionHasALabelInEachLanguage() {
        for (Status status : Status.values()) {
            assertThat(status.label(Language.ENGLISH)).isNotBlank().isNotEqualTo(status.label(Language.INDONESIAN));
        }
        for (ActionKind kind : ActionKind.values()) {
            assertThat(kind.label(Language.ENGLISH)).isNotBlank().isNotEqualTo(kind.label(Language.INDONESIAN));
        }
        assertThat(Status.FORWARDED.label()).isEqualTo("Didisposisikan");
    }

    @Test
    void acceptLanguageChoosesEnglishOnlyWhenEnglishIsPreferred() {
        assertThat(Language.fromAcceptLanguage(null)).isEqualTo(Language.INDONESIAN);
        assertThat(Language.fromAcceptLanguage("en")).isEqualTo(Language.ENGLISH);
        assertThat(Language.fromAcceptLanguage("en-GB,en;q=0.9")).isEqualTo(Language.ENGLISH);
        assertThat(Language.fromAcceptLanguage("id-ID,id;q=0.9,en;q=0.8")).isEqualTo(Language.INDONESIAN);
        assertThat(Language.fromAcceptLanguage("fr, en;q=0.5")).isEqualTo(Language.ENGLISH);
        assertThat(Language.fromAcceptLanguage("fr")).isEqualTo(Language.INDONESIAN);
        assertThat(Language.fromAcceptLanguage("en;q=0")).isEqualTo(Language.INDONESIAN);
    }

    private static TreeSet<String> placeholders(String text) {
        var found = new TreeSet<String>();
        PLACEHOLDER.matcher(text).results().forEach(match -> found.add(match.group()));
        return found;
    }
}

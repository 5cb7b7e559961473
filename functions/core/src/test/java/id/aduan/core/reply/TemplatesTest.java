package id.aduan.core.reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.aduan.core.instagram.CommentText;
import id.aduan.core.instagram.DirectMessageText;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TemplatesTest {

    private static final ReplyContext COMPLAINT = ReplyContext.forComplaint("ADU-7K3Q9")
            .withUnit("Dinas Perhubungan")
            .withReferral("PLN UP3 melalui aplikasi PLN Mobile atau call center 123")
            .withOriginal("ADU-2M8XP");

    private final Templates templates = Templates.defaults();

    @ParameterizedTest
    @EnumSource(TemplateKey.class)
    void everyDefaultReplyQuotesTheTrackingCode(TemplateKey key) {
        assertThat(templates.render(key, COMPLAINT)).contains("ADU-7K3Q9");
    }

    @ParameterizedTest
    @EnumSource(TemplateKey.class)
    void everyDefaultReplyFitsAPublicCommentAndADirectMessage(TemplateKey key) {
        String reply = templates.render(key, COMPLAINT);

        assertThat(new CommentText(reply).value()).isEqualTo(reply);
        assertThat(DirectMessageText.fit(reply, "ADU-7K3Q9").value()).isEqualTo(reply);
    }

    @Test
    void askingForDetailsWantsLocationAndPhotoAndMovesPersonalDataToDirectMessages() {
        String reply = templates.render(TemplateKey.ASK_DETAILS, COMPLAINT);

        assertThat(reply).contains("lokasi", "foto", "DM", "jangan di kolom komentar");
    }

    @Test
    void forwardedReplyNamesTheUnit() {
        assertThat(templates.render(TemplateKey.FORWARDED, COMPLAINT))
                .isEqualTo("Aduan ADU-7K3Q9 sudah kami teruskan ke Dinas Perhubungan untuk ditindaklanjuti."
                        + " Terima kasih atas kesabarannya.");
    }

    @Test
    void notOurAuthorityReplySaysWhereToGoInstead() {
        assertThat(templates.render(TemplateKey.NOT_OUR_AUTHORITY, COMPLAINT))
                .contains("PLN UP3 melalui aplikasi PLN Mobile atau call center 123");
    }

    @Test
    void duplicateReplyQuotesTheOriginalComplaint() {
        assertThat(templates.render(TemplateKey.DUPLICATE, COMPLAINT)).contains("ADU-2M8XP");
    }

    @Test
    void renderingWithoutAQuotedValueFailsClearly() {
        assertThatThrownBy(() -> templates.render(TemplateKey.FORWARDED, ReplyContext.forComplaint("ADU-7K3Q9")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("{unit}")
                .hasMessageContaining("ADU-7K3Q9");
    }

    @Test
    void valuesAreInsertedLiterally() {
        ReplyContext context = ReplyContext.forComplaint("ADU-7K3Q9").withUnit("Dinas $1 {kode}");

        assertThat(templates.render(TemplateKey.FORWARDED, context)).contains("ke Dinas $1 {kode} untuk");
    }

    @Test
    void anOverrideReplacesOnlyItsOwnKey() {
        Templates edited = templates.withOverrides(Map.of(TemplateKey.ACKNOWLEDGE, "Laporan {kode} kami terima."));

        assertThat(edited.render(TemplateKey.ACKNOWLEDGE, COMPLAINT)).isEqualTo("Laporan ADU-7K3Q9 kami terima.");
        assertThat(edited.template(TemplateKey.RESOLVED)).isEqualTo(templates.template(TemplateKey.RESOLVED));
        assertThat(templates.render(TemplateKey.ACKNOWLEDGE, COMPLAINT)).isNotEqualTo("Laporan ADU-7K3Q9 kami terima.");
    }

    @Test
    void editedTemplateWithoutTheTrackingCodeIsRejected() {
        assertThatThrownBy(() -> templates.withOverrides(Map.of(TemplateKey.ACKNOWLEDGE, "Terima kasih!")))
                .isInstanceOfSatisfying(TemplateRejected.class, rejected -> assertThat(rejected.problems())
                        .containsExactly("must contain {kode}"));
    }

    @Test
    void editedTemplateWithAnUnknownPlaceholderIsRejected() {
        assertThat(problemsOf(TemplateKey.ACKNOWLEDGE, "Halo {nama}, aduan {kode} diterima."))
                .containsExactly("unknown placeholder {nama}; this template may use {kode}");
    }

    @Test
    void placeholderOfAnotherTemplateIsRejected() {
        assertThat(problemsOf(TemplateKey.ACKNOWLEDGE, "Aduan {kode} diteruskan ke {unit}."))
                .containsExactly("unknown placeholder {unit}; this template may use {kode}");
    }

    @Test
    void forwardedTemplateMustNameTheUnit() {
        assertThat(problemsOf(TemplateKey.FORWARDED, "Aduan {kode} sudah diteruskan."))
                .containsExactly("must contain {unit}");
    }

    @Test
    void unmatchedBraceIsRejected() {
        assertThat(problemsOf(TemplateKey.ACKNOWLEDGE, "Aduan {kode diterima."))
                .containsExactly("a brace without its partner; placeholders are written like {kode}",
                        "must contain {kode}");
    }

    @Test
    void overlongTemplateIsRejected() {
        assertThat(problemsOf(TemplateKey.ACKNOWLEDGE, "{kode} " + "a".repeat(Template.MAX_CHARACTERS)))
                .singleElement().asString().startsWith("at most 800 characters");
    }

    private static List<String> problemsOf(TemplateKey key, String text) {
        try {
            new Template(key, text);
        } catch (TemplateRejected rejected) {
            assertThat(rejected.key()).isEqualTo(key);
            return rejected.problems();
        }
        throw new AssertionError("template was accepted: " + text);
    }
}

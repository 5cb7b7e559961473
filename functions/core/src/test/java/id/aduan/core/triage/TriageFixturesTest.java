package id.aduan.core.triage;

import id.aduan.core.kernel.Priority;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared Instagram deliveries are triaged as their README says. */
class TriageFixturesTest {

    private static final Triage TRIAGE = Triage.builtIn();

    private static TriageResult only(String file) {
        List<String> texts = InstagramFixtures.texts(file);
        assertThat(texts).hasSize(1);
        return TRIAGE.assess(texts.getFirst());
    }

    @Test
    void roadDamageWithARiderFallenGoesToRoadsAsUrgent() {
        TriageResult result = only("comment-complaint.json");

        assertThat(result.complaint()).isTrue();
        assertThat(result.unit()).isEqualTo("BINA_MARGA_SDA");
        assertThat(result.topic()).isEqualTo("Jalan rusak");
        assertThat(result.priority()).isIn(Priority.HIGH, Priority.URGENT);
    }

    @Test
    void rubbishAtTheTpsGoesToEnvironment() {
        TriageResult result = only("comment-flat-entry.json");

        assertThat(result.unit()).isEqualTo("LINGKUNGAN_HIDUP");
        assertThat(result.topic()).isEqualTo("Sampah menumpuk");
    }

    @Test
    void deadStreetLightsGoToTransport() {
        TriageResult result = only("comment-id-as-comment_id.json");

        assertThat(result.unit()).isEqualTo("PERHUBUNGAN");
        assertThat(result.topic()).isEqualTo("PJU mati");
    }

    @Test
    void praiseWithEmojiIsNotAComplaint() {
        TriageResult result = only("comment-praise.json");

        assertThat(result.complaint()).isFalse();
        assertThat(result.notComplaintReason()).contains(NotComplaintReason.PRAISE);
        assertThat(result.rejection()).contains(Rejection.NOT_A_COMPLAINT);
        assertThat(result.priority()).isEqualTo(Priority.LOW);
    }

    @Test
    void followerSellingIsSpamAndItsPhoneIsFound() {
        TriageResult result = only("comment-spam.json");

        assertThat(result.rejection()).contains(Rejection.SPAM);
        assertThat(result.topic()).isEqualTo("Spam");
        assertThat(result.personalData()).extracting(PersonalDataSpan::kind).containsExactly(PersonalDataKind.PHONE);
    }

    @Test
    void piedWaterCutOffGoesToTheUtilitiesSection() {
        TriageResult result = only("live-comment.json");

        assertThat(result.complaint()).isTrue();
        assertThat(result.unit()).isEqualTo("PEREKONOMIAN");
        assertThat(result.priority()).isEqualTo(Priority.HIGH);
    }

    @Test
    void aFallenTreeBlockingARoadIsUrgent() {
        for (String file : List.of("dm-text.json", "dm-edit.json")) {
            TriageResult result = only(file);

            assertThat(result.complaint()).isTrue();
            assertThat(result.priority()).as(file).isEqualTo(Priority.URGENT);
            assertThat(result.unit()).as(file).isEqualTo("BENCANA");
        }
    }

    @Test
    void theFollowUpsPhoneNumberIsFoundForMasking() {
        String text = InstagramFixtures.texts("dm-followup.json").getFirst();

        assertThat(TRIAGE.assess(text).personalData()).hasSize(1);
        assertThat(PersonalData.mask(text)).contains("****-****-**90").doesNotContain("3456").doesNotContain("0812");
    }

    @Test
    void aStoryMentionWithoutTextAsksForDetails() {
        assertThat(InstagramFixtures.texts("dm-story-mention.json")).isEmpty();

        TriageResult result = TRIAGE.assess(null);

        assertThat(result.complaint()).isTrue();
        assertThat(result.needsDetails()).isTrue();
        assertThat(result.confidence()).isZero();
        assertThat(result.topic()).isEqualTo("Perlu detail");
    }

    @Test
    void theMixedBatchIsRoutedMessageByMessage() {
        List<TriageResult> results = InstagramFixtures.texts("batch-mixed.json").stream().map(TRIAGE::assess).toList();

        assertThat(results).extracting(TriageResult::unit)
                .containsExactly("BINA_MARGA_SDA", "KEPENDUDUKAN", "SATPOL_PP", "PENDIDIKAN", "KESEHATAN");
        assertThat(results).extracting(TriageResult::complaint).containsExactly(true, false, true, true, true);
        assertThat(results.get(1).notComplaintReason()).contains(NotComplaintReason.QUESTION);
        assertThat(results.get(1).topic()).isEqualTo("KTP elektronik");
        assertThat(results.get(3).topic()).isEqualTo("PPDB dan zonasi");
    }
}

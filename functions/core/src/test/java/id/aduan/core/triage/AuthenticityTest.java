package id.aduan.core.triage;

import id.aduan.core.complaint.MediaRef;
import id.aduan.core.complaint.RejectionReason;
import id.aduan.core.kernel.Status;
import id.aduan.core.language.Language;
import id.aduan.core.language.Phrasebook;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuthenticityTest {

    private static final Triage TRIAGE = Triage.builtIn();

    private static List<AuthenticitySignal> signals(String text, List<MediaRef> media, int otherAccounts) {
        return Authenticity.of(text, media.stream().map(MediaRef::type).toList(), TRIAGE.assess(text), otherAccounts,
                List.of());
    }

    private static List<AuthenticitySignal> withHistory(EarlierComplaint... earlier) {
        return Authenticity.of("lampu jalan mati min", List.of(), TRIAGE.assess("lampu jalan mati min"), 0,
                List.of(earlier));
    }

    private static EarlierComplaint inStatus(Status status) {
        return new EarlierComplaint(status, false);
    }

    private static EarlierComplaint rejected(RejectionReason reason) {
        return new EarlierComplaint(Status.REJECTED, reason.saysNoComplaint());
    }

    @Test
    void earlierComplaintsStaffTookUpSupportTheReporter() {
        var signals = withHistory(inStatus(Status.RESOLVED), inStatus(Status.IN_PROGRESS), inStatus(Status.NEW),
                rejected(RejectionReason.SPAM));

        assertThat(signals).extracting(AuthenticitySignal::toString).containsExactly("EARLIER_HANDLED:2");
        assertThat(signals.getFirst().effect()).isEqualTo(AuthenticitySignal.Effect.SUPPORTS);
        assertThat(Phrasebook.say(signals.getFirst().reason(), Language.INDONESIAN))
                .isEqualTo("2 laporan sebelumnya ditangani");
    }

    @Test
    void mostEarlierComplaintsRejectedAsSpamOrChatWeakenTheReporter() {
        var signals = withHistory(rejected(RejectionReason.SPAM), rejected(RejectionReason.NOT_A_COMPLAINT),
                rejected(RejectionReason.SPAM), inStatus(Status.CLOSED), inStatus(Status.NEEDS_INFO));

        assertThat(signals).extracting(AuthenticitySignal::toString).containsExactly("EARLIER_REJECTED:3/4");
        assertThat(signals.getFirst().effect()).isEqualTo(AuthenticitySignal.Effect.WEAKENS);
        assertThat(Phrasebook.say(signals.getFirst().reason(), Language.INDONESIAN))
                .isEqualTo("3 dari 4 laporan sebelumnya ditolak sebagai spam atau bukan pengaduan");
        assertThat(Phrasebook.say(signals.getFirst().reason(), Language.ENGLISH))
                .isEqualTo("3 of 4 earlier complaints rejected as spam or not a complaint");
    }

    @Test
    void rejectionsForAnotherAuthorityOrAsDuplicatesAreNoMarkAgainstTheReporter() {
        assertThat(withHistory(rejected(RejectionReason.NOT_OUR_AUTHORITY), rejected(RejectionReason.DUPLICATE),
                rejected(RejectionReason.SPAM), inStatus(Status.VERIFIED)))
                .extracting(AuthenticitySignal::toString).containsExactly("EARLIER_HANDLED:1");
    }

    @Test
    void aFirstTimeReporterOrOneWithNothingDecidedYetGetsNoHistorySignal() {
        assertThat(withHistory()).isEmpty();
        assertThat(withHistory(inStatus(Status.NEW), inStatus(Status.NEEDS_INFO))).isEmpty();
    }

    private static List<String> stored(String text, List<MediaRef> media, int otherAccounts) {
        return signals(text, media, otherAccounts).stream().map(AuthenticitySignal::toString).toList();
    }

    @Test
    void aNamedOfficeAndAPhotoSupportTheComplaint() {
        var signals = signals("Min, ngurus surat pengantar di kel. Cipedes udah seminggu ga beres",
                List.of(MediaRef.attachment("image", "https://cdn.example/1.jpg")), 0);

        assertThat(signals).extracting(AuthenticitySignal::toString).containsExactly("PLACE_NAMED:Kel. Cipedes", "MEDIA_ATTACHED:1");
        assertThat(signals).extracting(AuthenticitySignal::effect).containsOnly(AuthenticitySignal.Effect.SUPPORTS);
        assertThat(Phrasebook.say(signals.getFirst().reason(), Language.INDONESIAN)).isEqualTo("Menyebut Kel. Cipedes");
        assertThat(Phrasebook.say(signals.getFirst().reason(), Language.ENGLISH)).isEqualTo("Names Kel. Cipedes");
    }

    @Test
    void aStreetIsNamedWhenNoOfficeIs() {
        assertThat(stored("PJU di Jl. Cibiru Hilir mati semua sejak minggu lalu", List.of(), 0))
                .containsExactly("PLACE_NAMED:Jl. Cibiru Hilir");
    }

    @Test
    void thePostACommentWasWrittenOnIsNotEvidence() {
        assertThat(stored("jalan rusak parah min", List.of(MediaRef.post("FEED", "1789")), 0)).isEmpty();
    }

    @Test
    void theSameTextFromOtherAccountsWeakensIt() {
        var signals = signals("tolong min jalan rusak parah banget di sini sudah lama", List.of(), 4);

        assertThat(signals).extracting(AuthenticitySignal::toString).containsExactly("SAME_TEXT_ELSEWHERE:4");
        assertThat(signals.getFirst().effect()).isEqualTo(AuthenticitySignal.Effect.WEAKENS);
    }

    @Test
    void botLikeWritingWeakensIt() {
        assertThat(stored("https://bit.ly/promo-gacor @akun.promo", List.of(), 0)).containsExactly("LINK_ONLY:");
        assertThat(stored("JALANNYA RUSAK PARAH TIDAK ADA YANG PERBAIKI SAMA SEKALI", List.of(), 0))
                .containsExactly("ALL_CAPS:");
        assertThat(stored("sampah numpuk!!!!!!!!!!", List.of(), 0)).containsExactly("REPEATED_CHARACTERS:!");
        assertThat(stored("tolong tolong tolong tolong sampah numpuk", List.of(), 0))
                .containsExactly("REPEATED_CHARACTERS:tolong");
    }

    @Test
    void ordinaryEmphasisAndLargeSumsAreNotBotLike() {
        assertThat(stored("sampah numpuk!!! bau bgt, udah bayar retribusi 100000000 kok gini", List.of(), 0)).isEmpty();
        assertThat(stored("MIN JALAN RUSAK", List.of(), 0)).isEmpty();
    }

    @Test
    void personalDataNeverReachesAReason() {
        var signal = new AuthenticitySignal(AuthenticitySignal.Kind.REPEATED_CHARACTERS, "081234567890");

        assertThat(signal.detail()).doesNotContain("081234567890");
    }

    @Test
    void onlyTextsLongEnoughToTellACopyAreCompared() {
        assertThat(Authenticity.textKey(TRIAGE.normalize("jalan rusak min"))).isEmpty();
        assertThat(Authenticity.textKey(TRIAGE.normalize("Tolong min, jalan rusak parah banget di sini!")))
                .isEqualTo(Authenticity.textKey(TRIAGE.normalize("tolong min jalan rusak PARAH banget di sini")))
                .isPresent();
    }

    @Test
    void aSignalReadsBackFromTheFormItIsStoredIn() {
        var signal = new AuthenticitySignal(AuthenticitySignal.Kind.PLACE_NAMED, "Kel. Sukajadi");

        assertThat(AuthenticitySignal.parse(signal.toString())).isEqualTo(signal);
    }
}

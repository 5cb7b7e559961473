package id.aduan.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.core.account.AccountFlavour;
import id.aduan.core.account.InstagramAccount;
import id.aduan.core.complaint.TriageState;
import id.aduan.core.kernel.Priority;
import id.aduan.core.kernel.Tenant;
import id.aduan.core.triage.TriageSuggestion;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AssessmentTest {

    private static final InstagramAccount DISHUB = new InstagramAccount("17841400000000002", new Tenant("32.73"), "Dinas Perhubungan",
            AccountFlavour.INSTAGRAM_LOGIN, null, "aduan/instagram/dishub", "PERHUBUNGAN", null);

    @Test
    void agencyAccountRoutesToItsUnitWhenTriageIsNotVerySure() {
        var routed = suggesting("BINA_MARGA_SDA", 0.79).routedBy(DISHUB);

        assertThat(unit(routed)).isEqualTo("PERHUBUNGAN");
        assertThat(((TriageState.Assessed) routed.triage()).suggestion().evidence()).contains("akun Dinas Perhubungan");
    }

    @Test
    void triageVerySureOfAnotherUnitKeepsItsUnit() {
        assertThat(unit(suggesting("BINA_MARGA_SDA", 0.8).routedBy(DISHUB))).isEqualTo("BINA_MARGA_SDA");
    }

    @Test
    void accountWithoutDefaultUnitLeavesTriageAlone() {
        var main = new InstagramAccount("17841400000000001", new Tenant("32.73"), "Pemkot", AccountFlavour.INSTAGRAM_LOGIN, null,
                "aduan/instagram/main", null, null);

        assertThat(unit(suggesting("BINA_MARGA_SDA", 0.3).routedBy(main))).isEqualTo("BINA_MARGA_SDA");
    }

    @Test
    void pendingTriageIsLeftForTheFetchedText() {
        var pending = new Assessment(TriageState.PENDING, Priority.NORMAL, null, null);

        assertThat(pending.routedBy(DISHUB)).isSameAs(pending);
    }

    private static Assessment suggesting(String unit, double confidence) {
        var suggestion = new TriageSuggestion(true, Optional.empty(), unit, List.of(), "Jalan rusak", Priority.NORMAL,
                confidence, List.of("jalan"), Optional.empty(), false, false, Optional.empty(), List.of());
        return new Assessment(new TriageState.Assessed(suggestion), Priority.NORMAL, null, null);
    }

    private static String unit(Assessment assessment) {
        return ((TriageState.Assessed) assessment.triage()).suggestion().unit();
    }
}

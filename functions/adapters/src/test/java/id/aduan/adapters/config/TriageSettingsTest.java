package id.aduan.adapters.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.aduan.core.kernel.Tenant;
import id.aduan.core.triage.HomeRegion;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TriageSettingsTest {

    @Test
    void theHomeRegionIsTheConfiguredKabupatenOrKotaAndKotaBandungWhenUnset() {
        assertThat(TriageSettings.homeRegion(new Settings(Map.of("HOME_REGION_CODE", "32.04"))).name())
                .isEqualTo("Kabupaten Bandung");
        assertThat(TriageSettings.homeRegion(new Settings(Map.of()))).isEqualTo(HomeRegion.KOTA_BANDUNG);
    }

    @Test
    void aTenantIsAtHomeInItsOwnRegionAndAProvinceTenantWhereTheSettingSays() {
        var settings = new Settings(Map.of("HOME_REGION_CODE", "32.04"));

        assertThat(TriageSettings.homeRegion(settings, new Tenant("32.05")).name()).isEqualTo("Kabupaten Garut");
        assertThat(TriageSettings.homeRegion(settings, new Tenant("32")).name()).isEqualTo("Kabupaten Bandung");
        assertThat(TriageSettings.homeRegion(new Settings(Map.of()), new Tenant("32")))
                .isEqualTo(HomeRegion.KOTA_BANDUNG);
    }

    @Test
    void aHomeRegionTheGazetteerDoesNotListStopsTheFunctionNamingTheSetting() {
        assertThatThrownBy(() -> TriageSettings.homeRegion(new Settings(Map.of("HOME_REGION_CODE", "32.99"))))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("HOME_REGION_CODE: ");
    }
}

package id.aduan.local;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.core.triage.HomeRegion;
import id.aduan.testkit.SamTemplate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The template's HomeRegionCode offers only what triage accepts, and reaches every function: those that
 * assess messages are at home there, and every function's tenants default to it.
 */
class HomeRegionParameterTest {

    private static final SamTemplate TEMPLATE = SamTemplate.locate();

    @Test
    void everyAllowedHomeRegionIsAKabupatenOrKotaTheGazetteerListsAndKotaBandungIsTheDefault() {
        var parameter = TEMPLATE.parameter("HomeRegionCode");
        var allowed = (List<?>) parameter.get("AllowedValues");

        assertThat(allowed).hasSize(27).allSatisfy(code -> HomeRegion.of(String.valueOf(code)));
        assertThat(parameter.get("Default")).isEqualTo(HomeRegion.KOTA_BANDUNG.code());
    }

    @Test
    void everyFunctionIsToldTheHomeRegionAndTheTenants() {
        assertThat(TEMPLATE.functions()).isNotEmpty().allSatisfy(function -> assertThat(function.environment())
                .as(function.logicalId()).containsKeys("HOME_REGION_CODE", "TENANTS"));
    }
}

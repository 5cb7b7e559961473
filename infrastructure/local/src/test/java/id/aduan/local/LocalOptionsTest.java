package id.aduan.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.aduan.adapters.config.SlaSettings;
import id.aduan.adapters.config.TenantSettings;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalOptionsTest {

    @Test
    void aRunStartedWithAduanTenantsServesThoseGovernmentsInEveryFunction() {
        var options = LocalOptions.fromEnvironment(Map.of("ADUAN_TENANTS", " 32.73,32.05 ", "ADUAN_SLA_TARGET", "PT4M"),
                false);

        assertThat(options.functionSettings()).containsExactlyInAnyOrderEntriesOf(Map.of(
                TenantSettings.TENANTS, "32.73,32.05", SlaSettings.TARGET_OVERRIDE, "PT4M"));
    }

    @Test
    void aRunStartedWithoutThemServesTheTemplatesOwn() {
        assertThat(LocalOptions.fromEnvironment(Map.of(), false).functionSettings()).isEmpty();
    }

    @Test
    void aListThatIsNotRegionCodesStopsTheRunBeforeItStarts() {
        assertThatThrownBy(() -> LocalOptions.fromEnvironment(Map.of("ADUAN_TENANTS", "32.73,bandung"), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("ADUAN_TENANTS must be region codes such as 32.73,32.05");
    }
}

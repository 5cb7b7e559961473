package id.aduan.adapters.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.aduan.core.kernel.Tenants;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TenantSettingsTest {

    @Test
    void theStackServesTheListedTenantsInTheirOrder() {
        assertThat(TenantSettings.configured(new Settings(Map.of("TENANTS", "32.73, 32.05,32", "HOME_REGION_CODE", "32.04"))))
                .isEqualTo(Tenants.of("32.73", "32.05", "32"));
    }

    @Test
    void withoutAListTheHomeRegionIsTheOneTenantAndKotaBandungWhenThatIsUnsetToo() {
        assertThat(TenantSettings.configured(new Settings(Map.of("HOME_REGION_CODE", "32.04")))).isEqualTo(Tenants.of("32.04"));
        assertThat(TenantSettings.configured(new Settings(Map.of()))).isEqualTo(Tenants.of("32.73"));
    }

    @Test
    void aListThatIsNotRegionCodesStopsTheFunctionNamingTheSetting() {
        for (var list : new String[] {"32.73,Garut", "32.73,32.73", "32.73,"}) {
            assertThatThrownBy(() -> TenantSettings.configured(new Settings(Map.of("TENANTS", list))))
                    .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("TENANTS: ");
        }
    }
}

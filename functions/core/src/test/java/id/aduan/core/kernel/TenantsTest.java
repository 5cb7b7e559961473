package id.aduan.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TenantsTest {

    @Test
    void tenantIsTheRegionCodeOfAKabupatenKotaOrProvince() {
        assertThat(new Tenant("32.73").id()).isEqualTo("32.73");
        assertThat(new Tenant("32").id()).isEqualTo("32");
        for (var notACode : new String[] {"", "3273", "32.7", "32.73.01", "C#32", "32#73"}) {
            assertThatThrownBy(() -> new Tenant(notACode)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void firstTenantOwnsWhatWasStoredBeforeTenantsAndIsTheOnlyOneOfAOneTenantStack() {
        var one = Tenants.of("32.73");
        var several = Tenants.of("32.73", "32.05", "32");

        assertThat(one.only()).contains(new Tenant("32.73"));
        assertThat(several.first()).isEqualTo(new Tenant("32.73"));
        assertThat(several.only()).isEmpty();
    }

    @Test
    void onlyConfiguredTenantsAreNamed() {
        var tenants = Tenants.of("32.73", "32.05");

        assertThat(tenants.named("32.05")).contains(new Tenant("32.05"));
        assertThat(tenants.named("32.78")).isEmpty();
        assertThat(tenants.named("not a code")).isEmpty();
        assertThat(tenants.contains(new Tenant("32.78"))).isFalse();
    }

    @Test
    void aStackServesAtLeastOneTenantEachOnce() {
        assertThatThrownBy(Tenants::of).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Tenants.of("32.73", "32.73")).isInstanceOf(IllegalArgumentException.class);
    }
}

package id.aduan.staff;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.core.kernel.Tenant;
import id.aduan.core.kernel.Tenants;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StaffTenantTest {

    private static final Tenants ONE = Tenants.of("32.73");
    private static final Tenants SEVERAL = Tenants.of("32.73", "32.05");

    @Test
    void aTokenWorksForTheTenantItNamesWhenTheStackServesIt() {
        assertThat(StaffTenant.of(Map.of("custom:tenant", "32.05"), SEVERAL)).contains(new Tenant("32.05"));
        assertThat(StaffTenant.of(Map.of("custom:tenant", "32.78"), SEVERAL)).isEmpty();
        assertThat(StaffTenant.of(Map.of("custom:tenant", "32.05"), ONE)).isEmpty();
    }

    @Test
    void aTokenNamingNoTenantWorksForTheOnlyTenantOfAOneTenantStackAndForNoneOtherwise() {
        assertThat(StaffTenant.of(Map.of(), ONE)).contains(new Tenant("32.73"));
        assertThat(StaffTenant.of(Map.of("custom:tenant", " "), ONE)).contains(new Tenant("32.73"));
        assertThat(StaffTenant.of(Map.of(), SEVERAL)).isEmpty();
    }
}

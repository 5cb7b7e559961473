package id.aduan.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** On a stack serving two governments every staff request works for the tenant its token names. */
class StaffTenantIT extends StaffApiTestCase {

    private StaffApi twoTenants() {
        return new StaffApi(deployment, Map.of("TENANTS", "32.73,32.05"));
    }

    @Test
    void aTokenNamingNoTenantTheStackServesIsRefusedWith403() {
        var stack = twoTenants();

        var unnamed = stack.triage().list(Map.of());
        var notServed = stack.triage().with("custom:tenant", "32.78").list(Map.of());
        var named = stack.triage().with("custom:tenant", "32.05").list(Map.of());

        assertThat(List.of(unnamed, notServed)).allSatisfy(refused -> {
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.errorCode()).isEqualTo("NO_TENANT");
        });
        assertThat(named.status()).isEqualTo(200);
    }

    @Test
    void aTokenNamingNoTenantWorksForTheOneTenantOfAOneTenantStack() {
        assertThat(triage.list(Map.of()).status()).isEqualTo(200);
        assertThat(triage.with("custom:tenant", "32.73").list(Map.of()).status()).isEqualTo(200);
    }

    @Test
    void theProvinceRoleReadsFiguresWithoutATenantOfItsOwn() {
        var province = twoTenants().as("province", null);

        assertThat(province.request("GET /complaints/counts", Map.of(), Map.of(), null).status()).isEqualTo(200);
        assertThat(province.list(Map.of()).errorCode()).isEqualTo("FORBIDDEN");
    }
}

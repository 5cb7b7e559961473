package id.aduan.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
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

    @Test
    void aCursorIssuedToOneTenantsStaffIs400ForAnothersAndAForgedOneFailsItsSignature() {
        seed.comment("jalan berlubang", now.minusSeconds(120));
        seed.comment("lampu mati", now.minusSeconds(60));
        var stack = twoTenants();
        var bandung = stack.triage().with("custom:tenant", "32.73");
        var garut = stack.triage().with("custom:tenant", "32.05");
        var cursor = bandung.list(Map.of("limit", "1")).json().path("nextCursor").asText();
        var parts = cursor.split("\\.");
        var payload = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
        var forged = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.replace("32.73", "32.05").getBytes(StandardCharsets.UTF_8)) + "." + parts[1];

        var own = bandung.list(Map.of("limit", "1", "cursor", cursor));
        var carried = garut.list(Map.of("limit", "1", "cursor", cursor));
        var forgedForGarut = garut.list(Map.of("limit", "1", "cursor", forged));

        assertThat(own.status()).isEqualTo(200);
        assertThat(List.of(carried, forgedForGarut)).allSatisfy(refused -> {
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.errorCode()).isEqualTo("BAD_CURSOR");
        });
        assertThat(carried.json().path("error").path("message").asText())
                .isNotEqualTo(forgedForGarut.json().path("error").path("message").asText());
    }
}

package id.aduan.staff;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.core.access.Role;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StaffClaimsTest {

    @ParameterizedTest
    @ValueSource(strings = {"[agent supervisor]", "[\"agent\",\"supervisor\"]", "agent,supervisor", "agent supervisor"})
    void groupsAreReadAsTheAuthorizerFlattensThemOrAsAJsonArrayOrAList(String claim) {
        var member = StaffClaims.member(Map.of("sub", "u-1", "cognito:groups", claim, "custom:unit", "SOSIAL"));

        assertThat(member).hasValueSatisfying(staff -> {
            assertThat(staff.roles()).containsExactlyInAnyOrder(Role.AGENT, Role.SUPERVISOR);
            assertThat(staff.unit()).isEqualTo("SOSIAL");
        });
    }

    @Test
    void aSingleGroupUnknownGroupsAndTheNameFallBack() {
        var member = StaffClaims.member(Map.of("sub", "u-2", "cognito:groups", "triage", "email", "t@example.go.id"))
                .orElseThrow();
        var stranger = StaffClaims.member(Map.of("sub", "u-3", "cognito:groups", "[citizens]")).orElseThrow();

        assertThat(member.roles()).containsExactly(Role.TRIAGE);
        assertThat(member.name()).isEqualTo("t@example.go.id");
        assertThat(stranger.roles()).isEmpty();
        assertThat(StaffClaims.member(Map.of("cognito:groups", "[admin]"))).isEmpty();
    }

    @Test
    void onlyAnIdTokenIsAStaffToken() {
        assertThat(StaffClaims.isIdToken(Map.of("sub", "u-4", "token_use", "id"))).isTrue();
        assertThat(StaffClaims.isIdToken(Map.of("sub", "u-4", "token_use", "access"))).isFalse();
        assertThat(StaffClaims.isIdToken(Map.of("sub", "u-4"))).isFalse();
    }
}

package id.aduan.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JwtClaimsTest {

    @Test
    void claimsAreFlattenedToStringsAsApiGatewayDoes() {
        var payload = new LinkedHashMap<String, Object>();
        payload.put("sub", "8d1f");
        payload.put("cognito:groups", List.of("agent", "supervisor"));
        payload.put("exp", 1700000000L);
        payload.put("ratio", 1.5d);
        payload.put("email_verified", true);
        payload.put("address", Map.of("locality", "Bandung", "country", "ID"));
        payload.put("nothing", null);

        var claims = JwtClaims.of(payload).claims();

        assertThat(claims).containsExactlyInAnyOrderEntriesOf(Map.of(
                "sub", "8d1f",
                "cognito:groups", "[agent supervisor]",
                "exp", "1700000000",
                "ratio", "1.5",
                "email_verified", "true",
                "address", "map[country:ID locality:Bandung]"));
    }

    @Test
    void scopesComeFromScopeOrScpAndAreAbsentForIdTokens() {
        assertThat(JwtClaims.of(Map.of("scope", "aduan/read aduan/write")).scopes())
                .containsExactly("aduan/read", "aduan/write");
        assertThat(JwtClaims.of(Map.of("scp", List.of("aduan/read"))).scopes()).containsExactly("aduan/read");
        assertThat(JwtClaims.of(Map.of("token_use", "id")).scopes()).isNull();
    }

    @Test
    void aRouteWithoutScopesAcceptsAnyTokenAndOneWithScopesWantsOneOfThem() {
        var idToken = JwtClaims.of(Map.of("token_use", "id"));
        var accessToken = JwtClaims.of(Map.of("scope", "aduan/read"));
        assertThat(idToken.hasAnyScope(List.of())).isTrue();
        assertThat(idToken.hasAnyScope(List.of("aduan/read"))).isFalse();
        assertThat(accessToken.hasAnyScope(List.of("aduan/write", "aduan/read"))).isTrue();
        assertThat(accessToken.hasAnyScope(List.of("aduan/write"))).isFalse();
    }
}

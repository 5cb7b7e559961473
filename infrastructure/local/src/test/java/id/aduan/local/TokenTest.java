package id.aduan.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import id.aduan.core.kernel.Tenant;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tokens minted by {@code ./aduan token} and checked as API Gateway's JWT authorizer checks them. */
class TokenTest {

    private static final Instant NOW = Instant.parse("2025-03-01T03:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private final LocalIdentity identity = new LocalIdentity(LocalIdentity.generateKey());
    private final JwtAuthorizer authorizer = new JwtAuthorizer(identity.publicKeys(), LocalIdentity.ISSUER,
            List.of(LocalIdentity.AUDIENCE), CLOCK);

    private String mint(List<String> roles, String unit, Duration ttl, Clock clock) {
        return new TokenMinter(identity, clock).mint(new TokenMinter.Staff("dinas.bm", roles, unit, "bm@example.go.id", ttl));
    }

    private JwtAuthorizer.Decision verify(String token) {
        return authorizer.verify(token);
    }

    @Test
    void mintedTokenIsShapedLikeACognitoIdTokenAndPassesTheAuthorizer() {
        var token = mint(List.of("agent", "supervisor"), "BINA_MARGA_SDA", Duration.ofHours(8), CLOCK);

        var decision = verify(token);

        assertThat(decision).isInstanceOf(JwtAuthorizer.Allowed.class);
        var claims = ((JwtAuthorizer.Allowed) decision).claims().claims();
        assertThat(claims).containsEntry("cognito:groups", "[agent supervisor]")
                .containsEntry("custom:unit", "BINA_MARGA_SDA")
                .containsEntry("cognito:username", "dinas.bm")
                .containsEntry("email", "bm@example.go.id")
                .containsEntry("token_use", "id")
                .containsEntry("iss", LocalIdentity.ISSUER)
                .containsEntry("aud", LocalIdentity.AUDIENCE)
                .containsEntry("iat", Long.toString(NOW.getEpochSecond()))
                .containsEntry("exp", Long.toString(NOW.plus(Duration.ofHours(8)).getEpochSecond()))
                .containsKey("sub");
    }

    @Test
    void aTokenForATenantNamesItAndOneWithoutNamesNone() {
        var garut = new TokenMinter(identity, CLOCK).mint(new TokenMinter.Staff("admin.garut", List.of("admin"), null, null,
                Duration.ofHours(1), new Tenant("32.05")));
        var unnamed = mint(List.of("admin"), null, Duration.ofHours(1), CLOCK);

        assertThat(((JwtAuthorizer.Allowed) verify(garut)).claims().claims()).containsEntry("custom:tenant", "32.05");
        assertThat(((JwtAuthorizer.Allowed) verify(unnamed)).claims().claims()).doesNotContainKey("custom:tenant");
    }

    @Test
    void expiredTokenIsRejected() {
        var token = mint(List.of("viewer"), "BINA_MARGA_SDA", Duration.ofMinutes(5), Clock.offset(CLOCK, Duration.ofHours(-1)));

        assertThat(verify(token)).isEqualTo(JwtAuthorizer.Denied.invalid("the token has expired"));
    }

    @Test
    void tokenFromAnotherIssuerOrForAnotherAudienceIsRejected() {
        assertThat(verify(signed(claims().issuer("https://cognito-idp.ap-southeast-3.amazonaws.com/pool").build())))
                .isEqualTo(JwtAuthorizer.Denied.invalid("the token does not have a valid issuer"));
        assertThat(verify(signed(claims().audience("someone-else").build())))
                .isEqualTo(JwtAuthorizer.Denied.invalid("the token does not have a valid audience"));
    }

    @Test
    void clientIdCountsOnlyWithoutAnAudience() {
        assertThat(verify(signed(claims().audience(List.of()).claim("client_id", LocalIdentity.AUDIENCE).build())))
                .isInstanceOf(JwtAuthorizer.Allowed.class);
        assertThat(verify(signed(claims().audience("someone-else").claim("client_id", LocalIdentity.AUDIENCE).build())))
                .isInstanceOf(JwtAuthorizer.Denied.class);
    }

    @Test
    void anAccessTokenIsRejected() {
        assertThat(verify(signed(claims().claim("token_use", "access").build())))
                .isEqualTo(JwtAuthorizer.Denied.invalid("the token is not an ID token (token_use id)"));
        assertThat(verify(signed(claims().claim("token_use", null).build())))
                .isEqualTo(JwtAuthorizer.Denied.invalid("the token is not an ID token (token_use id)"));
    }

    @Test
    void tokenNotYetValidOrIssuedInTheFutureIsRejected() {
        assertThat(verify(signed(claims().notBeforeTime(Date.from(NOW.plusSeconds(60))).build())))
                .isEqualTo(JwtAuthorizer.Denied.invalid("the token is not valid yet"));
        assertThat(verify(signed(claims().issueTime(Date.from(NOW.plusSeconds(60))).build())))
                .isEqualTo(JwtAuthorizer.Denied.invalid("the token was issued in the future"));
    }

    @Test
    void tamperedTokenIsRejected() {
        var token = mint(List.of("viewer"), "*", Duration.ofHours(1), CLOCK);
        var parts = token.split("\\.");
        var payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("[\"viewer\"]", "[\"admin\"]");
        var forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertThat(verify(forged)).isEqualTo(JwtAuthorizer.Denied.invalid("the token's signature does not verify"));
    }

    @Test
    void tokenSignedByAnotherKeyOrNotAJwtIsRejected() {
        var stranger = new TokenMinter(new LocalIdentity(LocalIdentity.generateKey()), CLOCK)
                .mint(new TokenMinter.Staff("x", List.of("admin"), null, null, Duration.ofHours(1)));

        assertThat(verify(stranger)).isEqualTo(JwtAuthorizer.Denied.invalid("no key in the JWKS has the token's kid"));
        assertThat(verify("not-a-token")).isEqualTo(JwtAuthorizer.Denied.invalid("the token is not a signed JWT"));
    }

    @Test
    void rolesAndUnitsAreCheckedBeforeMinting() {
        assertThatThrownBy(() -> mint(List.of(), null, Duration.ofHours(1), CLOCK)).hasMessageContaining("--role");
        assertThatThrownBy(() -> mint(List.of("boss"), null, Duration.ofHours(1), CLOCK)).hasMessageContaining("unknown role");
        assertThatThrownBy(() -> mint(List.of("agent"), null, Duration.ofHours(1), CLOCK)).hasMessageContaining("--unit");
        assertThatThrownBy(() -> mint(List.of("viewer"), null, Duration.ofHours(1), CLOCK)).hasMessageContaining("--unit");
        assertThatThrownBy(() -> mint(List.of("agent"), "*", Duration.ofHours(1), CLOCK)).hasMessageContaining("viewers only");
        assertThatThrownBy(() -> mint(List.of("agent"), "bina marga", Duration.ofHours(1), CLOCK))
                .hasMessageContaining("upper case");
    }

    @Test
    void theKeyIsMadeOnceAndReadBackSoTokenAndUpAgree(@TempDir Path state) {
        var file = state.resolve(".aduan-local").resolve("token-signing-key.json");
        var first = LocalIdentity.loadOrCreate(file);
        var second = LocalIdentity.loadOrCreate(file);

        assertThat(second.signingKey()).isEqualTo(first.signingKey());
        assertThat(first.publicKeys().getKeys()).singleElement().satisfies(key -> assertThat(key.isPrivate()).isFalse());
    }

    private JWTClaimsSet.Builder claims() {
        return new JWTClaimsSet.Builder().subject("s").issuer(LocalIdentity.ISSUER).audience(LocalIdentity.AUDIENCE)
                .issueTime(Date.from(NOW)).expirationTime(Date.from(NOW.plusSeconds(600))).claim("token_use", "id");
    }

    private String signed(JWTClaimsSet claims) {
        var key = identity.signingKey();
        var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }
}

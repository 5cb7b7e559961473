package id.aduan.local;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.util.List;

/**
 * API Gateway's JWT authorizer, locally, making the checks it documents: an RSA signature by a key of
 * the JWKS named by {@code kid}; {@code iss} equal to the issuer; {@code aud} (or, only without
 * {@code aud}, {@code client_id}) among the audiences; {@code exp} after now; {@code nbf} and
 * {@code iat} not after now; at least one of the route's scopes when it requires any. One check more
 * than API Gateway makes, as the staff API makes it too: {@code token_use} is {@code id}, so an access
 * token of the user pool (no unit claim) is refused here as well.
 */
final class JwtAuthorizer {

    private final JWKSet keys;
    private final String issuer;
    private final List<String> audiences;
    private final Clock clock;

    JwtAuthorizer(JWKSet keys, String issuer, List<String> audiences, Clock clock) {
        this.keys = keys;
        this.issuer = issuer;
        this.audiences = List.copyOf(audiences);
        this.clock = clock;
    }

    /** Allowed with the token's claims, or denied with API Gateway's status and reason. */
    sealed interface Decision {
    }

    record Allowed(JwtClaims claims) implements Decision {
    }

    /** 401 for a missing or invalid token, 403 for a valid one without a required scope. */
    record Denied(int status, String error, String description) implements Decision {
        static Denied invalid(String description) {
            return new Denied(401, "invalid_token", description);
        }
    }

    Decision authorize(GatewayRequest request, ApiAuthorization.RouteAuth route) {
        var token = route.identitySource().token(request);
        if (token.isEmpty()) {
            return Denied.invalid("no token in " + route.identitySource().expression());
        }
        var decision = verify(token.get());
        if (decision instanceof Allowed(var claims) && !claims.hasAnyScope(route.scopes())) {
            return new Denied(403, "insufficient_scope", "the token has none of the scopes " + route.scopes());
        }
        return decision;
    }

    Decision verify(String token) {
        try {
            var jwt = SignedJWT.parse(token);
            var algorithm = jwt.getHeader().getAlgorithm();
            if (!JWSAlgorithm.Family.RSA.contains(algorithm)) {
                return Denied.invalid("the token is signed with " + algorithm + "; only RSA algorithms are accepted");
            }
            var key = keys.getKeyByKeyId(jwt.getHeader().getKeyID());
            if (!(key instanceof RSAKey rsa)) {
                return Denied.invalid("no key in the JWKS has the token's kid");
            }
            if (!jwt.verify(new RSASSAVerifier(rsa))) {
                return Denied.invalid("the token's signature does not verify");
            }
            var problem = claimProblem(jwt.getJWTClaimsSet());
            return problem == null ? new Allowed(JwtClaims.of(jwt.getPayload().toJSONObject())) : Denied.invalid(problem);
        } catch (ParseException e) {
            return Denied.invalid("the token is not a signed JWT");
        } catch (JOSEException e) {
            return Denied.invalid("the token's signature cannot be checked");
        }
    }

    private String claimProblem(JWTClaimsSet claims) throws ParseException {
        var now = clock.instant();
        if (!issuer.equals(claims.getIssuer())) {
            return "the token does not have a valid issuer";
        }
        var audience = claims.getAudience().isEmpty()
                ? listOrEmpty(claims.getStringClaim("client_id"))
                : claims.getAudience();
        if (audience.stream().noneMatch(audiences::contains)) {
            return "the token does not have a valid audience";
        }
        if (claims.getExpirationTime() == null || !now.isBefore(claims.getExpirationTime().toInstant())) {
            return "the token has expired";
        }
        if (claims.getNotBeforeTime() != null && now.isBefore(claims.getNotBeforeTime().toInstant())) {
            return "the token is not valid yet";
        }
        if (claims.getIssueTime() != null && now.isBefore(claims.getIssueTime().toInstant())) {
            return "the token was issued in the future";
        }
        if (!"id".equals(claims.getStringClaim("token_use"))) {
            return "the token is not an ID token (token_use id)";
        }
        return null;
    }

    private static List<String> listOrEmpty(String value) {
        return value == null ? List.of() : List.of(value);
    }
}

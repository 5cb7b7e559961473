package id.aduan.local;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import id.aduan.core.access.Access;
import id.aduan.core.access.Role;
import id.aduan.core.kernel.Tenant;
import id.aduan.core.unit.Unit;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Mints staff tokens shaped like the ID tokens of the Cognito user pool: groups carry the roles
 * (ARCHITECTURE.md section 6), {@code custom:unit} the unit of supervisors, agents and viewers
 * ({@code *} for a viewer of every unit) and {@code custom:tenant}, when given, the government the holder
 * works for.
 */
final class TokenMinter {

    static final List<String> ROLES = Arrays.stream(Role.values()).map(Role::group).toList();
    private static final Set<String> UNIT_SCOPED = Set.of("supervisor", "agent", "viewer");

    private final LocalIdentity identity;
    private final Clock clock;

    TokenMinter(LocalIdentity identity, Clock clock) {
        this.identity = identity;
        this.clock = clock;
    }

    /** What the token says about its holder. {@code unit}, {@code email} and {@code tenant} may be null. */
    record Staff(String username, List<String> roles, String unit, String email, Duration ttl, Tenant tenant) {

        /** A token naming no tenant: on a stack serving one tenant, it works for that one. */
        Staff(String username, List<String> roles, String unit, String email, Duration ttl) {
            this(username, roles, unit, email, ttl, null);
        }

        Staff {
            roles = List.copyOf(roles);
            if (roles.isEmpty()) {
                throw new IllegalArgumentException("give at least one --role (" + String.join(", ", ROLES) + ")");
            }
            for (String role : roles) {
                if (!ROLES.contains(role)) {
                    throw new IllegalArgumentException("unknown role " + role + "; roles are " + String.join(", ", ROLES));
                }
            }
            boolean unitScoped = roles.stream().anyMatch(UNIT_SCOPED::contains)
                    && !roles.contains("admin") && !roles.contains("triage");
            if (unit == null && unitScoped) {
                throw new IllegalArgumentException("supervisors, agents and viewers work for a unit: add --unit, "
                        + "e.g. --unit BINA_MARGA_SDA (a viewer of every unit: --unit '" + Access.EVERY_UNIT + "')");
            }
            if (Access.EVERY_UNIT.equals(unit) && !roles.equals(List.of("viewer"))) {
                throw new IllegalArgumentException("--unit '" + Access.EVERY_UNIT + "' (every unit) is for viewers only");
            }
            if (unit != null && !Access.EVERY_UNIT.equals(unit) && !Unit.isWellFormedCode(unit)) {
                throw new IllegalArgumentException("a unit code is upper case letters, digits and _, like BINA_MARGA_SDA: " + unit);
            }
            if (ttl.isNegative() || ttl.isZero()) {
                throw new IllegalArgumentException("--ttl must be positive");
            }
        }
    }

    String mint(Staff staff) {
        var now = clock.instant();
        var issuedAt = Date.from(now);
        var claims = new JWTClaimsSet.Builder()
                .subject(UUID.randomUUID().toString())
                .issuer(LocalIdentity.ISSUER)
                .audience(LocalIdentity.AUDIENCE)
                .issueTime(issuedAt)
                .expirationTime(Date.from(now.plus(staff.ttl())))
                .jwtID(UUID.randomUUID().toString())
                .claim("token_use", "id")
                .claim("auth_time", now.getEpochSecond())
                .claim("cognito:username", staff.username())
                .claim("cognito:groups", staff.roles());
        if (staff.unit() != null) {
            claims.claim("custom:unit", staff.unit());
        }
        if (staff.tenant() != null) {
            claims.claim("custom:tenant", staff.tenant().id());
        }
        if (staff.email() != null) {
            claims.claim("email", staff.email()).claim("email_verified", true);
        }
        var key = identity.signingKey();
        var header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build();
        var jwt = new SignedJWT(header, claims.build());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign with the local key", e);
        }
        return jwt.serialize();
    }
}

package id.aduan.staff;

import id.aduan.core.access.Role;
import id.aduan.core.access.StaffMember;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who is asking, from the claims API Gateway's JWT authorizer passed on (it has checked the
 * signature, issuer, audience and expiry; the function only reads). The authorizer flattens every
 * claim to a string, so {@code cognito:groups} arrives as {@code "[agent supervisor]"}; a JSON array,
 * a comma-separated list or a single group are read too. Groups that name no role are ignored.
 *
 * <p>Only an ID token names the staff member's unit ({@code custom:unit}); an access token of the same
 * user pool carries the groups without it and passes the authorizer when its {@code client_id} matches,
 * so its {@code token_use} is checked here.
 */
final class StaffClaims {

    private StaffClaims() {
    }

    static Optional<StaffMember> member(Map<String, String> claims) {
        var id = claims.get("sub");
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        var name = Optional.ofNullable(claims.get("name"))
                .or(() -> Optional.ofNullable(claims.get("cognito:username")))
                .or(() -> Optional.ofNullable(claims.get("username")))
                .or(() -> Optional.ofNullable(claims.get("email")))
                .orElse(null);
        var roles = EnumSet.noneOf(Role.class);
        groups(claims.getOrDefault("cognito:groups", "")).forEach(group -> Role.ofGroup(group).ifPresent(roles::add));
        return Optional.of(new StaffMember(id, name, roles, claims.get("custom:unit")));
    }

    static boolean isIdToken(Map<String, String> claims) {
        return "id".equals(claims.get("token_use"));
    }

    static List<String> groups(String claim) {
        var text = claim.strip();
        if (text.startsWith("[") && text.endsWith("]")) {
            text = text.substring(1, text.length() - 1);
        }
        var groups = new ArrayList<String>();
        for (String part : text.split("[\\s,]+")) {
            var group = part.strip();
            if (group.length() >= 2 && group.startsWith("\"") && group.endsWith("\"")) {
                group = group.substring(1, group.length() - 1);
            }
            if (!group.isEmpty()) {
                groups.add(group);
            }
        }
        return groups;
    }
}

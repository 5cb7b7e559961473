package id.aduan.staff;

import id.aduan.core.kernel.Tenant;
import id.aduan.core.kernel.Tenants;
import java.util.Map;
import java.util.Optional;

/**
 * The government a staff request works for, from the ID token's {@code custom:tenant}: an admin sets it
 * on the staff member's account, and the user pool client does not let its holder write it. A token
 * without it works for the one tenant of a stack that serves one, so the tokens of a stack deployed
 * before tenants keep working. The tenant is never taken from the request itself.
 */
final class StaffTenant {

    static final String CLAIM = "custom:tenant";

    private StaffTenant() {
    }

    /** Empty when the token names no tenant the stack serves, or none on a stack that serves several. */
    static Optional<Tenant> of(Map<String, String> claims, Tenants tenants) {
        var claimed = claims.get(CLAIM);
        return claimed == null || claimed.isBlank() ? tenants.only() : tenants.named(claimed.strip());
    }
}

package id.aduan.core.account;

import id.aduan.core.kernel.Tenant;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One Instagram professional account Aduan answers on: a city's main account or an agency's own.
 * Deliveries name it by {@code entry.id}, its complaints keep it, and replies go out with its token.
 *
 * @param id             the Instagram professional account id ({@code entry.id} of its deliveries)
 * @param tenant         the government the account answers for: its deliveries become that tenant's complaints
 * @param facebookPageId the linked Page, required with Facebook Login, absent with Instagram Login
 * @param tokenSecretId  the Secrets Manager secret (name or ARN) holding its {@code accessToken}
 * @param defaultUnit    the unit its complaints go to unless triage is very sure of another; null for none
 * @param retiredAt      when an admin retired it (its complaints are kept; new deliveries are held); null while active
 */
public record InstagramAccount(String id, Tenant tenant, String displayName, AccountFlavour flavour, String facebookPageId,
                               String tokenSecretId, String defaultUnit, Instant retiredAt) {

    /** Graph API ids go into URL paths, so only plain ids are taken. */
    private static final Pattern GRAPH_ID = Pattern.compile("[A-Za-z0-9_]{1,64}");
    private static final Pattern SECRET_ID = Pattern.compile("[A-Za-z0-9/_+=.@:-]{1,2048}");
    private static final int NAME_LENGTH = 100;

    public InstagramAccount {
        require(id != null && GRAPH_ID.matcher(id).matches(), "instagramAccountId", "INVALID_ACCOUNT_ID",
                "an Instagram account id is its id as deliveries name it in entry.id (digits)");
        require(tenant != null, "tenant", "UNKNOWN_TENANT", "an account answers for one of the stack's tenants");
        require(displayName != null && !displayName.isBlank() && displayName.length() <= NAME_LENGTH,
                "displayName", "INVALID_DISPLAY_NAME", "displayName is required, at most " + NAME_LENGTH + " characters");
        require(flavour != null, "flavour", "INVALID_FLAVOUR", "flavour is INSTAGRAM_LOGIN or FACEBOOK_LOGIN");
        if (flavour == AccountFlavour.FACEBOOK_LOGIN) {
            require(facebookPageId != null && GRAPH_ID.matcher(facebookPageId).matches(), "facebookPageId",
                    "PAGE_ID_REQUIRED", "an account connected with Facebook Login needs the id of its Page");
        } else {
            require(facebookPageId == null, "facebookPageId", "PAGE_ID_NOT_USED",
                    "an account connected with Instagram Login has no Facebook Page");
        }
        require(tokenSecretId != null && SECRET_ID.matcher(tokenSecretId).matches(), "tokenSecretId",
                "INVALID_TOKEN_SECRET", "tokenSecretId is the name or ARN of the Secrets Manager secret with the token");
    }

    public Optional<String> defaultUnitCode() {
        return Optional.ofNullable(defaultUnit);
    }

    public boolean active() {
        return retiredAt == null;
    }

    /** The same connection under another id: the deployment's one account before accounts were registered. */
    public InstagramAccount withId(String otherId) {
        return new InstagramAccount(otherId, tenant, displayName, flavour, facebookPageId, tokenSecretId, defaultUnit,
                retiredAt);
    }

    public InstagramAccount retired(Instant at) {
        return new InstagramAccount(id, tenant, displayName, flavour, facebookPageId, tokenSecretId, defaultUnit, at);
    }

    private static void require(boolean valid, String field, String code, String message) {
        if (!valid) {
            throw new InvalidAccount(field, code, message);
        }
    }
}

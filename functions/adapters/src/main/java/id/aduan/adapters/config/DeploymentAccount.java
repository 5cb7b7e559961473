package id.aduan.adapters.config;

import id.aduan.core.account.AccountCatalog;
import id.aduan.core.account.AccountFlavour;
import id.aduan.core.account.InstagramAccount;
import java.util.List;

/**
 * The one account a deployment was made with (template parameters {@code InstagramAccountId},
 * {@code FacebookPageId}, {@code GraphApiFlavour} and the {@code InstagramSecret}): the first account
 * before admins register any, the stack's first tenant's. Without an account id (Instagram Login may
 * leave it empty) it stands for whatever account deliveries name, as before accounts were registered.
 */
public final class DeploymentAccount {

    /** With Instagram Login and no id, the Graph API's name for the token's own account. */
    static final String TOKEN_OWNER = "me";

    private DeploymentAccount() {
    }

    public static InstagramAccount from(Settings environment) {
        var flavour = AccountFlavour.valueOf(environment.optional("GRAPH_API_FLAVOUR")
                .orElse(AccountFlavour.INSTAGRAM_LOGIN.name()));
        return new InstagramAccount(environment.optional("INSTAGRAM_ACCOUNT_ID").orElse(TOKEN_OWNER),
                TenantSettings.configured(environment).first(), "Akun utama", flavour,
                flavour == AccountFlavour.FACEBOOK_LOGIN ? environment.required("FACEBOOK_PAGE_ID") : null,
                environment.required("INSTAGRAM_SECRET_ID"), null, null);
    }

    /** What the accounts section holds before an admin saved it: the deployment's account when its id is known. */
    public static AccountCatalog catalog(InstagramAccount deployment) {
        return deployment.id().equals(TOKEN_OWNER) ? AccountCatalog.NONE : new AccountCatalog(List.of(deployment));
    }
}

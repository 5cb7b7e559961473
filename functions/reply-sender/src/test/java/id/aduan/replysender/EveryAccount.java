package id.aduan.replysender;

import id.aduan.core.account.AccountFlavour;
import id.aduan.core.account.InstagramAccount;
import id.aduan.core.ingest.AccountAttribution;
import id.aduan.core.kernel.Tenant;
import java.time.Clock;
import java.util.Optional;

/** Takes in every change as the deployment's one account, as the webhook does before accounts are registered. */
final class EveryAccount {

    private EveryAccount() {
    }

    static AccountAttribution known() {
        return new AccountAttribution(id -> Optional.of(new InstagramAccount(id, new Tenant("32.73"), "Akun utama",
                AccountFlavour.INSTAGRAM_LOGIN, null, "InstagramSecret", null, null)),
                (id, at) -> {
                }, (account, notice, alert) -> true, Clock.systemUTC());
    }
}

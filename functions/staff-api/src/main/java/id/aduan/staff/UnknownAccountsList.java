package id.aduan.staff;

import id.aduan.adapters.http.HttpRequest;
import id.aduan.adapters.http.HttpResponse;
import id.aduan.core.access.Access;
import id.aduan.core.access.NotPermitted;
import id.aduan.core.access.StaffMember;
import id.aduan.core.language.Phrase;
import java.util.Map;

/**
 * {@code GET /config/accounts/unknown}: the accounts deliveries named but nobody registered, whose
 * changes are held (admins only: registering one takes them in).
 */
final class UnknownAccountsList implements Route {

    private final Wiring wiring;

    UnknownAccountsList(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public HttpResponse handle(HttpRequest request, StaffMember staff, TenantDesks desks) {
        if (!Access.mayConfigure(staff)) {
            throw new NotPermitted(Phrase.of("error.forbidden.changeConfig"));
        }
        var accounts = wiring.unknownAccounts.list().stream().map(account -> Map.of(
                "instagramAccountId", account.instagramAccountId(),
                "firstSeenAt", account.firstSeenAt().toString(),
                "lastSeenAt", account.lastSeenAt().toString(),
                "changesHeld", account.changesHeld())).toList();
        return HttpResponse.json(200, Map.of("accounts", accounts));
    }
}

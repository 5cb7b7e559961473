package id.aduan.staff;

import id.aduan.adapters.http.HttpRequest;
import id.aduan.adapters.http.HttpResponse;
import id.aduan.adapters.json.ConfigJson;
import id.aduan.core.access.StaffMember;
import id.aduan.core.language.Phrase;
import java.util.Map;

/**
 * {@code PUT /config/accounts/{instagramAccountId}} registers (or changes, or brings back) one
 * Instagram account; {@code DELETE} retires it, keeping its complaints. Admins only, for accounts of their
 * token's tenant (the one an account sent without a tenant is registered for); each write is over
 * the version of the accounts section it was based on, like every configuration write. Registering an
 * account schedules the deliveries held for it, so what citizens wrote before is taken in.
 */
final class AccountRegistration implements Route {

    private final Wiring wiring;
    private final boolean registers;

    private AccountRegistration(Wiring wiring, boolean registers) {
        this.wiring = wiring;
        this.registers = registers;
    }

    static AccountRegistration registering(Wiring wiring) {
        return new AccountRegistration(wiring, true);
    }

    static AccountRegistration retiring(Wiring wiring) {
        return new AccountRegistration(wiring, false);
    }

    @Override
    public HttpResponse handle(HttpRequest request, StaffMember staff, TenantDesks desks) {
        var editor = desks.configDesk.editor(staff);
        var id = request.pathParameter("instagramAccountId").orElse("");
        if (!registers) {
            var expected = Versions.expected(request, JsonBody.parseOrEmpty(request.body()).allowing("version"));
            var retired = editor.retireAccount(id, expected)
                    .orElseThrow(() -> new NoSuchResource(Phrase.of("error.notFound.account", id)));
            return ConfigSections.answer(ConfigSections.changed(wiring, retired, staff));
        }
        var body = JsonBody.parse(request.body()).allowing("tenant", "displayName", "flavour", "facebookPageId",
                "tokenSecretId", "defaultUnit", "version");
        var expected = Versions.expected(request, body);
        var registered = editor.registerAccount(ConfigJson.readAccount(id, body.root(), desks.tenant), expected);
        var response = ConfigSections.answer(ConfigSections.changed(wiring, registered, staff));
        takeInHeld(wiring, id);
        return response;
    }

    /** Schedules the deliveries held for a now registered account and takes it off the unknown list. */
    static void takeInHeld(Wiring wiring, String id) {
        int held = wiring.deliveries.releaseHeld(id, wiring.clock.instant());
        wiring.unknownAccounts.forget(id);
        wiring.runtime.log().info("account registered", Map.of("account", id, "heldDeliveries", held));
    }
}

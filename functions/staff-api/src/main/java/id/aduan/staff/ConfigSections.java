package id.aduan.staff;

import id.aduan.adapters.http.HttpRequest;
import id.aduan.adapters.http.HttpResponse;
import id.aduan.adapters.json.ConfigJson;
import id.aduan.core.access.StaffMember;
import id.aduan.core.config.ConfigSection;
import id.aduan.core.config.SectionValue;
import id.aduan.core.config.StoredSection;
import id.aduan.core.language.Phrase;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code GET /config/{section}} and {@code PUT /config/{section}} for units, sla, calendar, templates
 * and accounts (one account at a time: {@link AccountRegistration}), in their JSON form, of the token's
 * tenant: the accounts section shows and changes that tenant's accounts only, and an account sent without
 * a tenant is the token's tenant's. The rules of who reads, who writes and what a change may be are
 * {@link id.aduan.core.config.ConfigDesk}'s.
 */
final class ConfigSections implements Route {

    private final Wiring wiring;
    private final boolean writes;

    private ConfigSections(Wiring wiring, boolean writes) {
        this.wiring = wiring;
        this.writes = writes;
    }

    static ConfigSections reading(Wiring wiring) {
        return new ConfigSections(wiring, false);
    }

    static ConfigSections writing(Wiring wiring) {
        return new ConfigSections(wiring, true);
    }

    @Override
    public HttpResponse handle(HttpRequest request, StaffMember staff, TenantDesks desks) {
        var section = section(request.pathParameter("section").orElse(""));
        if (!writes) {
            return answer(desks.configDesk.read(section, staff));
        }
        var editor = desks.configDesk.editor(staff);
        var body = JsonBody.parse(request.body()).allowing("value", "version");
        var expected = Versions.expected(request, body);
        if (!body.node("value").isObject()) {
            throw BadRequest.invalid("value", "error.config.value");
        }
        var proposed = ConfigJson.read(section, body.node("value"), desks.tenant);
        var changed = changed(wiring, editor.change(proposed, expected), staff);
        if (changed.value() instanceof SectionValue.Accounts(var catalog)) {
            catalog.active().forEach(account -> AccountRegistration.takeInHeld(wiring, account.id()));
        }
        return answer(changed);
    }

    /** Makes this container see a change it just wrote at once, logs it, and answers it as read back. */
    static StoredSection changed(Wiring wiring, StoredSection written, StaffMember staff) {
        wiring.configurationChanged();
        wiring.runtime.log().info("configuration changed", Map.of("section", written.section().name(),
                "version", written.version(), "by", staff.id()));
        return written;
    }

    static HttpResponse answer(StoredSection stored) {
        var body = new LinkedHashMap<String, Object>();
        body.put("section", stored.section().name().toLowerCase(Locale.ROOT));
        body.put("version", stored.version());
        body.put("updatedAt", stored.updatedAt().orElse(null));
        body.put("updatedBy", stored.updatedBy().orElse(null));
        body.put("value", ConfigJson.write(stored.value()));
        return HttpResponse.json(200, body).withHeader("etag", Versions.entityTag(stored.version()));
    }

    private static ConfigSection section(String name) {
        try {
            return ConfigSection.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new NoSuchResource(Phrase.of("error.notFound.section", name));
        }
    }
}

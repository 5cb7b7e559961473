package id.aduan.staff;

import com.fasterxml.jackson.databind.JsonNode;
import id.aduan.adapters.dynamodb.DynamoDbConfigStore.Section;
import id.aduan.adapters.dynamodb.DynamoDbConfigStore.Stored;
import id.aduan.adapters.dynamodb.DynamoDbConfigStore.WriteResult;
import id.aduan.adapters.http.HttpRequest;
import id.aduan.adapters.http.HttpResponse;
import id.aduan.adapters.json.ConfigJson;
import id.aduan.core.access.Access;
import id.aduan.core.account.AccountCatalog;
import id.aduan.core.account.InstagramAccount;
import id.aduan.core.access.NotPermitted;
import id.aduan.core.access.StaffMember;
import id.aduan.core.desk.VersionConflict;
import id.aduan.core.language.Phrase;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code GET /config/{section}} and {@code PUT /config/{section}} for units, sla, calendar, templates
 * and accounts (one account at a time: {@link AccountRegistration}). Every staff role reads (the console needs unit names and templates); only admins write.
 * A write is checked whole (the domain's own rules, and no unit code dropped) before it is stored, over
 * the version it was based on.
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
    public HttpResponse handle(HttpRequest request, StaffMember staff) {
        var section = section(request.pathParameter("section").orElse(""));
        if (!Access.mayRead(staff)) {
            throw new NotPermitted(Phrase.of("error.forbidden.readConfig"));
        }
        if (!writes) {
            return answer(wiring.configStore.read(section));
        }
        if (!Access.mayConfigure(staff)) {
            throw new NotPermitted(Phrase.of("error.forbidden.changeConfig"));
        }
        var body = JsonBody.parse(request.body()).allowing("value", "version");
        var expected = Versions.expected(request, body);
        if (!body.node("value").isObject()) {
            throw BadRequest.invalid("value", "error.config.value");
        }
        var canonical = checked(section, body.node("value"));
        var response = write(wiring, section, expected, canonical, staff);
        if (section == Section.ACCOUNTS) {
            ConfigJson.readAccounts(canonical).active()
                    .forEach(account -> AccountRegistration.takeInHeld(wiring, account.id()));
        }
        return response;
    }

    /** Stores a checked section over the version it was based on and answers it as read back. */
    static HttpResponse write(Wiring wiring, Section section, long expected, JsonNode canonical, StaffMember staff) {
        var now = wiring.clock.instant();
        return switch (wiring.configStore.write(section, expected, canonical, staff.id(), now)) {
            case WriteResult.Written written -> {
                wiring.config.invalidate();
                wiring.runtime.log().info("configuration changed", Map.of("section", section.name(),
                        "version", written.version(), "by", staff.id()));
                yield answer(wiring.configStore.read(section));
            }
            case WriteResult.StaleVersion(long current) -> throw new VersionConflict(expected, current);
        };
    }

    /** The section as the domain reads it back: checked, and in its one canonical form. */
    private JsonNode checked(Section section, JsonNode value) {
        return switch (section) {
            case UNITS -> {
                var catalog = ConfigJson.readUnits(value);
                var dropped = catalog.missingFrom(wiring.config.units());
                if (!dropped.isEmpty()) {
                    throw new ConfigJson.ConfigRejected("units", "unit codes are kept on complaints and cannot be "
                            + "removed: " + String.join(", ", dropped));
                }
                yield ConfigJson.units(catalog);
            }
            case SLA -> ConfigJson.sla(ConfigJson.readSla(value));
            case CALENDAR -> ConfigJson.calendar(ConfigJson.readCalendar(value));
            case TEMPLATES -> ConfigJson.templates(ConfigJson.readTemplates(value));
            case ACCOUNTS -> {
                var units = wiring.config.units();
                var catalog = AccountCatalog.NONE;
                for (InstagramAccount account : ConfigJson.readAccounts(value).accounts()) {
                    catalog = catalog.registering(account, units, wiring.readableSecrets);
                }
                yield ConfigJson.accounts(catalog);
            }
        };
    }

    static HttpResponse answer(Stored stored) {
        var body = new LinkedHashMap<String, Object>();
        body.put("section", stored.section().name().toLowerCase(Locale.ROOT));
        body.put("version", stored.version());
        body.put("updatedAt", stored.updatedAt().orElse(null));
        body.put("updatedBy", stored.updatedBy().orElse(null));
        body.put("value", stored.body());
        return HttpResponse.json(200, body).withHeader("etag", Versions.entityTag(stored.version()));
    }

    private static Section section(String name) {
        try {
            return Section.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new NoSuchResource(Phrase.of("error.notFound.section", name));
        }
    }
}

package id.aduan.adapters.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.aduan.core.account.AccountCatalog;
import id.aduan.core.account.AccountFlavour;
import id.aduan.core.account.InstagramAccount;
import id.aduan.core.account.InvalidAccount;
import id.aduan.core.config.ConfigRejected;
import id.aduan.core.config.ConfigSection;
import id.aduan.core.config.SectionValue;
import id.aduan.core.kernel.Priority;
import id.aduan.core.kernel.Tenant;
import id.aduan.core.reply.TemplateKey;
import id.aduan.core.reply.TemplateRejected;
import id.aduan.core.reply.Templates;
import id.aduan.core.sla.ClockKind;
import id.aduan.core.sla.Holiday;
import id.aduan.core.sla.HolidayKind;
import id.aduan.core.sla.HolidayList;
import id.aduan.core.sla.OfficeHours;
import id.aduan.core.sla.SlaPolicy;
import id.aduan.core.sla.SlaTarget;
import id.aduan.core.sla.TimeBasis;
import id.aduan.core.sla.WorkingCalendar;
import id.aduan.core.sla.WorkingWeek;
import id.aduan.core.unit.Unit;
import id.aduan.core.unit.UnitCatalog;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The JSON form of each configuration section, as admins read and write it and as it is stored.
 * Reading checks every field and throws {@link ConfigRejected} naming the first field at fault; the
 * domain values then check their own rules (a template's placeholders, a policy's completeness).
 *
 * <pre>
 * units:     {"units": [{"code": "BINA_MARGA_SDA", "name": "…", "handles": "…"}, …]}
 * sla:       {"warnShare": 0.75,
 *             "targets": {"FIRST_RESPONSE": {"URGENT": {"calendarHours": 1}, "HIGH": {"workingHours": 4}, …}, …},
 *             "categoryTargets": {"PJU mati": {"RESOLUTION": {"workingDays": 3}}}}
 *            a target is one of calendarHours, calendarDays, workingHours, workingDays
 * calendar:  {"week": {"MONDAY": {"opens": "08:00", "closes": "16:00"}, …},
 *             "sources": {"2026": "SKB …"},
 *             "holidays": [{"date": "2026-08-17", "kind": "LIBUR_NASIONAL", "provisional": false, "name": "…", "note": ""}]}
 * templates: {"ACKNOWLEDGE": "… {kode} …", …}
 * accounts:  {"accounts": [{"instagramAccountId": "1784…", "displayName": "…", "flavour": "INSTAGRAM_LOGIN",
 *             "facebookPageId": null, "tokenSecretId": "aduan/instagram/…", "defaultUnit": null, "retiredAt": null}]}
 * </pre>
 */
public final class ConfigJson {

    private static final Set<String> TARGET_FIELDS = Set.of("calendarHours", "calendarDays", "workingHours", "workingDays");

    private ConfigJson() {
    }

    /** A section's JSON form. */
    public static ObjectNode write(SectionValue value) {
        return switch (value) {
            case SectionValue.Units(var catalog) -> units(catalog);
            case SectionValue.Sla(var policy) -> sla(policy);
            case SectionValue.Calendar(var calendar) -> calendar(calendar);
            case SectionValue.ReplyTemplates(var templates) -> templates(templates);
            case SectionValue.Accounts(var catalog) -> accounts(catalog);
        };
    }

    /**
     * A section read from a request body an admin sent, every field checked.
     *
     * @param firstTenant the tenant of an account that names none: it was registered before the stack had tenants
     */
    public static SectionValue read(ConfigSection section, JsonNode root, Tenant firstTenant) {
        return read(section, tree(root), firstTenant);
    }

    /** A section read from its JSON form, every field checked; {@code firstTenant} as above. */
    public static SectionValue read(ConfigSection section, JsonValue root, Tenant firstTenant) {
        return switch (section) {
            case UNITS -> new SectionValue.Units(readUnits(root));
            case SLA -> new SectionValue.Sla(readSla(root));
            case CALENDAR -> new SectionValue.Calendar(readCalendar(root));
            case TEMPLATES -> new SectionValue.ReplyTemplates(readTemplates(root));
            case ACCOUNTS -> new SectionValue.Accounts(readAccounts(root, firstTenant));
        };
    }

    public static ObjectNode units(UnitCatalog catalog) {
        var root = Json.mapper().createObjectNode();
        var units = root.putArray("units");
        catalog.units().forEach(unit -> units.addObject().put("code", unit.code()).put("name", unit.name())
                .put("handles", unit.handles()));
        return root;
    }

    public static UnitCatalog readUnits(JsonValue root) {
        only(root, "", "units");
        var units = new ArrayList<Unit>();
        var array = array(root, "units");
        for (int i = 0; i < array.size(); i++) {
            var field = "units[" + i + "]";
            var node = array.get(i);
            only(node, field, "code", "name", "handles");
            try {
                units.add(new Unit(text(node, field + ".code"), text(node, field + ".name"),
                        node.path("handles").asText("")));
            } catch (IllegalArgumentException e) {
                throw new ConfigRejected(field + ".code", e.getMessage());
            }
        }
        try {
            return new UnitCatalog(units);
        } catch (IllegalArgumentException e) {
            throw new ConfigRejected("units", e.getMessage());
        }
    }

    public static ObjectNode sla(SlaPolicy policy) {
        var root = Json.mapper().createObjectNode();
        root.put("warnShare", policy.warnShare());
        var targets = root.putObject("targets");
        policy.targets().forEach((kind, byPriority) -> {
            var node = targets.putObject(kind.name());
            byPriority.forEach((priority, target) -> node.set(priority.name(), target(target)));
        });
        var categories = root.putObject("categoryTargets");
        policy.categoryTargets().forEach((category, byKind) -> {
            var node = categories.putObject(category);
            byKind.forEach((kind, target) -> node.set(kind.name(), target(target)));
        });
        return root;
    }

    public static SlaPolicy readSla(JsonValue root) {
        only(root, "", "warnShare", "targets", "categoryTargets");
        if (!root.path("warnShare").isNumber()) {
            throw new ConfigRejected("warnShare", "warnShare is a number between 0 and 1");
        }
        var targets = new EnumMap<ClockKind, Map<Priority, SlaTarget>>(ClockKind.class);
        fields(object(root, "targets"), "targets").forEach((kindName, byPriority) -> {
            var kind = constant(ClockKind.class, kindName, "targets." + kindName);
            var map = new EnumMap<Priority, SlaTarget>(Priority.class);
            fields(byPriority, "targets." + kindName).forEach((priority, target) -> map.put(
                    constant(Priority.class, priority, "targets." + kindName + "." + priority),
                    readTarget(target, "targets." + kindName + "." + priority)));
            targets.put(kind, map);
        });
        var categories = new LinkedHashMap<String, Map<ClockKind, SlaTarget>>();
        if (root.has("categoryTargets")) {
            fields(object(root, "categoryTargets"), "categoryTargets").forEach((category, byKind) -> {
                var map = new EnumMap<ClockKind, SlaTarget>(ClockKind.class);
                var field = "categoryTargets." + category;
                fields(byKind, field).forEach((kind, target) -> map.put(constant(ClockKind.class, kind, field + "." + kind),
                        readTarget(target, field + "." + kind)));
                categories.put(category, map);
            });
        }
        try {
            return new SlaPolicy(targets, categories, root.get("warnShare").asDouble());
        } catch (IllegalArgumentException e) {
            throw new ConfigRejected("targets", e.getMessage());
        }
    }

    public static ObjectNode calendar(WorkingCalendar calendar) {
        var root = Json.mapper().createObjectNode();
        var week = root.putObject("week");
        for (DayOfWeek day : DayOfWeek.values()) {
            calendar.week().on(day).ifPresent(hours -> week.putObject(day.name())
                    .put("opens", hours.opens().toString()).put("closes", hours.closes().toString()));
        }
        var sources = root.putObject("sources");
        calendar.holidays().sources().forEach((year, source) -> sources.put(year.toString(), source));
        var holidays = root.putArray("holidays");
        calendar.holidays().holidays().forEach(holiday -> holidays.addObject()
                .put("date", holiday.date().toString()).put("kind", holiday.kind().name())
                .put("provisional", holiday.provisional()).put("name", holiday.name()).put("note", holiday.note()));
        return root;
    }

    public static WorkingCalendar readCalendar(JsonValue root) {
        only(root, "", "week", "sources", "holidays");
        var week = new EnumMap<DayOfWeek, OfficeHours>(DayOfWeek.class);
        fields(object(root, "week"), "week").forEach((day, hours) -> {
            var field = "week." + day;
            only(hours, field, "opens", "closes");
            try {
                week.put(constant(DayOfWeek.class, day, field),
                        new OfficeHours(LocalTime.parse(text(hours, field + ".opens")),
                                LocalTime.parse(text(hours, field + ".closes"))));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw new ConfigRejected(field, e.getMessage());
            }
        });
        var sources = new TreeMap<Integer, String>();
        fields(object(root, "sources"), "sources").forEach((year, source) -> {
            try {
                sources.put(Integer.parseInt(year), source.asText());
            } catch (NumberFormatException e) {
                throw new ConfigRejected("sources." + year, "a source is keyed by its year, like \"2026\"");
            }
        });
        var holidays = new ArrayList<Holiday>();
        var array = array(root, "holidays");
        for (int i = 0; i < array.size(); i++) {
            var field = "holidays[" + i + "]";
            var node = array.get(i);
            only(node, field, "date", "kind", "provisional", "name", "note");
            try {
                holidays.add(new Holiday(LocalDate.parse(text(node, field + ".date")),
                        constant(HolidayKind.class, text(node, field + ".kind"), field + ".kind"),
                        node.path("provisional").asBoolean(false), text(node, field + ".name"),
                        node.path("note").asText("")));
            } catch (DateTimeParseException | ConfigRejected e) {
                throw e instanceof ConfigRejected rejected ? rejected : new ConfigRejected(field + ".date", e.getMessage());
            } catch (IllegalArgumentException e) {
                throw new ConfigRejected(field, e.getMessage());
            }
        }
        try {
            return new WorkingCalendar(new WorkingWeek(week), new HolidayList(holidays, sources));
        } catch (IllegalArgumentException e) {
            throw new ConfigRejected(week.isEmpty() ? "week" : "holidays", e.getMessage());
        }
    }

    public static ObjectNode templates(Templates templates) {
        var root = Json.mapper().createObjectNode();
        for (TemplateKey key : TemplateKey.values()) {
            root.put(key.name(), templates.template(key).text());
        }
        return root;
    }

    /** Templates as written; a key left out keeps its default text. */
    public static Templates readTemplates(JsonValue root) {
        var overrides = new EnumMap<TemplateKey, String>(TemplateKey.class);
        fields(root, "").forEach((key, text) -> {
            if (!text.isTextual()) {
                throw new ConfigRejected(key, key + " is the template's text");
            }
            overrides.put(constant(TemplateKey.class, key, key), text.asText());
        });
        try {
            return Templates.defaults().withOverrides(overrides);
        } catch (TemplateRejected e) {
            throw new ConfigRejected(e.key().name(), e.getMessage());
        }
    }

    public static ObjectNode accounts(AccountCatalog catalog) {
        var root = Json.mapper().createObjectNode();
        var accounts = root.putArray("accounts");
        catalog.accounts().forEach(account -> accounts.add(account(account)));
        return root;
    }

    public static ObjectNode account(InstagramAccount account) {
        var node = Json.mapper().createObjectNode();
        node.put("instagramAccountId", account.id());
        node.put("tenant", account.tenant().id());
        node.put("displayName", account.displayName());
        node.put("flavour", account.flavour().name());
        node.put("facebookPageId", account.facebookPageId());
        node.put("tokenSecretId", account.tokenSecretId());
        node.put("defaultUnit", account.defaultUnit());
        node.put("retiredAt", account.retiredAt() == null ? null : account.retiredAt().toString());
        return node;
    }

    public static AccountCatalog readAccounts(JsonValue root, Tenant firstTenant) {
        only(root, "", "accounts");
        var array = array(root, "accounts");
        var accounts = new ArrayList<InstagramAccount>();
        for (int i = 0; i < array.size(); i++) {
            var node = array.get(i);
            only(node, "accounts[" + i + "]", "instagramAccountId", "tenant", "displayName", "flavour", "facebookPageId",
                    "tokenSecretId", "defaultUnit", "retiredAt");
            var retiredAt = optionalText(node, "retiredAt");
            accounts.add(readAccount(node.path("instagramAccountId").asText(""), node, firstTenant)
                    .retired(retiredAt == null ? null : Instant.parse(retiredAt)));
        }
        return new AccountCatalog(accounts);
    }

    /**
     * One account as an admin registers it: {@code displayName}, {@code flavour}, {@code tokenSecretId},
     * and optionally {@code tenant} ({@code firstTenant} when absent), {@code facebookPageId} and
     * {@code defaultUnit}; the id comes from the path.
     */
    public static InstagramAccount readAccount(String id, JsonNode node, Tenant firstTenant) {
        return readAccount(id, tree(node), firstTenant);
    }

    private static InstagramAccount readAccount(String id, JsonValue node, Tenant firstTenant) {
        var flavour = optionalText(node, "flavour");
        return new InstagramAccount(id, readTenant(node, firstTenant), optionalText(node, "displayName"),
                flavour == null ? null : constant(AccountFlavour.class, flavour, "flavour"),
                optionalText(node, "facebookPageId"), optionalText(node, "tokenSecretId"),
                optionalText(node, "defaultUnit"), null);
    }

    private static Tenant readTenant(JsonValue node, Tenant firstTenant) {
        var id = optionalText(node, "tenant");
        try {
            return id == null ? firstTenant : new Tenant(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidAccount("tenant", "UNKNOWN_TENANT", e.getMessage());
        }
    }

    private static ObjectNode target(SlaTarget target) {
        var node = Json.mapper().createObjectNode();
        switch (target) {
            case SlaTarget.WorkingDays(int days) -> node.put("workingDays", days);
            case SlaTarget.Span(TimeBasis basis, Duration span) when basis == TimeBasis.CALENDAR
                    && span.toSeconds() % Duration.ofDays(1).toSeconds() == 0 -> node.put("calendarDays", span.toDays());
            case SlaTarget.Span(TimeBasis basis, Duration span) -> {
                var name = basis == TimeBasis.CALENDAR ? "calendarHours" : "workingHours";
                if (span.toMinutes() % 60 == 0) {
                    node.put(name, span.toHours());
                } else {
                    node.put(name, span.toMinutes() / 60.0);
                }
            }
        }
        return node;
    }

    private static SlaTarget readTarget(JsonValue node, String field) {
        if (!node.isObject() || node.size() != 1 || !TARGET_FIELDS.contains(node.fieldNames().next())) {
            throw new ConfigRejected(field, "a target is one of " + TARGET_FIELDS + ", like {\"workingDays\": 3}");
        }
        var name = node.fieldNames().next();
        var value = node.get(name);
        if (!value.isNumber() || value.asDouble() <= 0) {
            throw new ConfigRejected(field, name + " is a positive number");
        }
        try {
            return switch (name) {
                case "workingDays" -> {
                    if (!value.canConvertToInt() || value.asDouble() != value.asInt()) {
                        throw new ConfigRejected(field, "workingDays is a whole number");
                    }
                    yield SlaTarget.workingDays(value.asInt());
                }
                case "calendarDays" -> SlaTarget.aroundTheClock(minutes(value.asDouble() * 24 * 60));
                case "calendarHours" -> SlaTarget.aroundTheClock(minutes(value.asDouble() * 60));
                default -> new SlaTarget.Span(TimeBasis.WORKING, minutes(value.asDouble() * 60));
            };
        } catch (ConfigRejected e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new ConfigRejected(field, e.getMessage());
        }
    }

    private static Duration minutes(double minutes) {
        return Duration.ofMinutes(Math.round(minutes));
    }

    /** A request body the staff API read with Jackson, as the reading side here takes it. */
    private static JsonValue tree(JsonNode node) {
        try {
            return JsonReader.read(node.toString());
        } catch (MalformedJsonException e) {
            throw new IllegalStateException("Jackson wrote JSON it cannot read back", e);
        }
    }

    /** Rejects any field not listed: a mistyped name would otherwise be dropped in silence. */
    private static void only(JsonValue node, String field, String... allowed) {
        if (!node.isObject()) {
            throw new ConfigRejected(field.isEmpty() ? "body" : field, (field.isEmpty() ? "the body" : field)
                    + " is a JSON object");
        }
        var names = List.of(allowed);
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            var name = it.next();
            if (!names.contains(name)) {
                throw new ConfigRejected(field.isEmpty() ? name : field + "." + name, "unknown field " + name);
            }
        }
    }

    private static Map<String, JsonValue> fields(JsonValue node, String field) {
        if (!node.isObject()) {
            throw new ConfigRejected(field.isEmpty() ? "body" : field, field + " is a JSON object");
        }
        var fields = new LinkedHashMap<String, JsonValue>();
        node.properties().forEach(entry -> fields.put(entry.getKey(), entry.getValue()));
        return fields;
    }

    private static JsonValue object(JsonValue root, String field) {
        var node = root.path(field);
        if (!node.isObject()) {
            throw new ConfigRejected(field, field + " is required and is a JSON object");
        }
        return node;
    }

    private static JsonValue array(JsonValue root, String field) {
        var node = root.path(field);
        if (!node.isArray()) {
            throw new ConfigRejected(field, field + " is required and is a JSON array");
        }
        return node;
    }

    private static String text(JsonValue node, String field) {
        var value = node.path(field.substring(field.lastIndexOf('.') + 1));
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new ConfigRejected(field, field + " is required text");
        }
        return value.asText();
    }

    /** The text of an optional field: null when absent or null; anything but text is refused. */
    private static String optionalText(JsonValue node, String field) {
        var value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new ConfigRejected(field, field + " is text");
        }
        return value.asText();
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String name, String field) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new ConfigRejected(field, "unknown " + type.getSimpleName() + " " + name);
        }
    }
}

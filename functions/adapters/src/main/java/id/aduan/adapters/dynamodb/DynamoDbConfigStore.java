package id.aduan.adapters.dynamodb;

import id.aduan.adapters.json.ConfigJson;
import id.aduan.adapters.json.Json;
import id.aduan.adapters.json.JsonReader;
import id.aduan.adapters.json.JsonValue;
import id.aduan.adapters.json.MalformedJsonException;
import id.aduan.core.account.AccountCatalog;
import id.aduan.core.config.ConfigSection;
import id.aduan.core.config.ConfigSectionStore;
import id.aduan.core.config.ConfigStore;
import id.aduan.core.config.SectionValue;
import id.aduan.core.config.SectionWrite;
import id.aduan.core.config.StoredSection;
import id.aduan.core.kernel.Tenant;
import id.aduan.core.reply.Templates;
import id.aduan.core.sla.SlaPolicy;
import id.aduan.core.sla.SlaRules;
import id.aduan.core.sla.WorkingCalendar;
import id.aduan.core.unit.UnitCatalog;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The configuration admins edit, one item per section, each with its own version: a write applies only
 * over the version it was based on. A section never saved reads as the built-in default at version 0.
 * Sections are stored in their JSON form ({@link ConfigJson}). Every section but the accounts is a
 * government's, in its tenant's configuration partition, so those need a tenant's view of the table; the
 * accounts section is the platform's (it decides which tenant a delivery is for), read and written
 * through either view.
 */
public final class DynamoDbConfigStore implements ConfigSectionStore {

    private final ComplaintTable table;
    private final WorkingCalendar standardCalendar;
    private final Tenant firstTenant;
    private final AccountCatalog deploymentAccounts;
    private final ConfigStore uncached;

    /** @param firstTenant the tenant of accounts stored before the stack had tenants */
    public DynamoDbConfigStore(ComplaintTable table, WorkingCalendar standardCalendar, Tenant firstTenant) {
        this(table, standardCalendar, firstTenant, AccountCatalog.NONE);
    }

    /** @param deploymentAccounts what the accounts section reads as before an admin saved it (the template's account) */
    public DynamoDbConfigStore(ComplaintTable table, WorkingCalendar standardCalendar, Tenant firstTenant,
                               AccountCatalog deploymentAccounts) {
        this.table = table;
        this.standardCalendar = standardCalendar;
        this.firstTenant = firstTenant;
        this.deploymentAccounts = deploymentAccounts;
        this.uncached = new SectionValues(this::value);
    }

    @Override
    public StoredSection read(ConfigSection section) {
        var item = stored(section);
        if (item == null) {
            return new StoredSection(defaults(section), 0, Optional.empty(), Optional.empty());
        }
        return new StoredSection(value(section, item), item.version,
                Optional.ofNullable(Keys.parseTime(item.updatedAt)), Optional.ofNullable(item.updatedBy));
    }

    @Override
    public SectionWrite write(SectionValue value, long expectedVersion, String updatedBy, Instant at) {
        var item = new ConfigItem();
        item.pk = partitionOf(value.section());
        item.sk = value.section().name();
        item.body = Json.write(ConfigJson.write(value));
        item.version = expectedVersion + 1;
        item.updatedAt = Keys.time(at);
        item.updatedBy = updatedBy;
        var tx = table.transaction();
        tx.put(ConfigItem.SCHEMA, item, expectedVersion == 0 ? Transaction.Condition.ITEM_ABSENT
                : new Transaction.Condition("version = :expected", Map.of(),
                        Map.of(":expected", AttributeValue.fromN(Long.toString(expectedVersion)))));
        var failure = tx.commit();
        if (failure.isEmpty()) {
            return new SectionWrite.Written(item.version);
        }
        var current = failure.get().item().get("version");
        return new SectionWrite.StaleVersion(current == null ? 0 : Long.parseLong(current.n()));
    }

    @Override
    public UnitCatalog units() {
        return uncached.units();
    }

    @Override
    public SlaRules slaRules() {
        return uncached.slaRules();
    }

    @Override
    public Templates replyTemplates() {
        return uncached.replyTemplates();
    }

    @Override
    public AccountCatalog accounts() {
        return uncached.accounts();
    }

    /**
     * The tenant's sections as stored now, read in one Query of its configuration partition, for a function
     * that needs several sections (the SLA rules are two) and would otherwise read each on its own; the
     * accounts, in the platform's partition, are read when first asked for.
     */
    public ConfigStore snapshot() {
        var stored = new EnumMap<ConfigSection, SectionValue>(ConfigSection.class);
        table.partition(tenantConfig()).map(ConfigItem.SCHEMA::mapToItem).forEach(item ->
                section(item.sk).ifPresent(section -> stored.put(section, value(section, item))));
        var accounts = new Memoised<>(() -> value(ConfigSection.ACCOUNTS));
        return new SectionValues(section -> section == ConfigSection.ACCOUNTS ? accounts.get()
                : stored.containsKey(section) ? stored.get(section) : defaults(section));
    }

    /** A section as stored, or its default, read without building its JSON form. */
    private SectionValue value(ConfigSection section) {
        var item = stored(section);
        return item == null ? defaults(section) : value(section, item);
    }

    private SectionValue value(ConfigSection section, ConfigItem item) {
        return ConfigJson.read(section, json(item), firstTenant);
    }

    private static Optional<ConfigSection> section(String sortKey) {
        return Arrays.stream(ConfigSection.values()).filter(section -> section.name().equals(sortKey)).findFirst();
    }

    private static JsonValue json(ConfigItem item) {
        try {
            return JsonReader.read(item.body);
        } catch (MalformedJsonException e) {
            throw new IllegalStateException("stored configuration " + item.sk + " is not JSON", e);
        }
    }

    private SectionValue defaults(ConfigSection section) {
        return switch (section) {
            case UNITS -> new SectionValue.Units(UnitCatalog.DEFAULT);
            case SLA -> new SectionValue.Sla(SlaPolicy.DEFAULT);
            case CALENDAR -> new SectionValue.Calendar(standardCalendar);
            case TEMPLATES -> new SectionValue.ReplyTemplates(Templates.defaults());
            case ACCOUNTS -> new SectionValue.Accounts(deploymentAccounts);
        };
    }

    private ConfigItem stored(ConfigSection section) {
        return table.item(ConfigItem.SCHEMA, partitionOf(section), section.name(), false).orElse(null);
    }

    private String partitionOf(ConfigSection section) {
        return section == ConfigSection.ACCOUNTS ? Keys.PLATFORM_CONFIG_PARTITION : tenantConfig();
    }

    /** The tenant's configuration partition; only a tenant's view of the table has one. */
    private String tenantConfig() {
        return table.tenantKeys(DynamoDbConfigStore.class).config();
    }
}

package id.aduan.adapters.dynamodb;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import id.aduan.adapters.json.ConfigJson;
import id.aduan.adapters.json.Json;
import id.aduan.core.account.AccountCatalog;
import id.aduan.core.port.ConfigStore;
import id.aduan.core.reply.Templates;
import id.aduan.core.sla.SlaPolicy;
import id.aduan.core.sla.SlaRules;
import id.aduan.core.sla.WorkingCalendar;
import id.aduan.core.unit.UnitCatalog;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The configuration admins edit, one item per section, each with its own version: a write applies only
 * over the version it was based on. A section never saved reads as the built-in default at version 0.
 * Sections are stored in their JSON form ({@link ConfigJson}), checked before they are written.
 */
public final class DynamoDbConfigStore implements ConfigStore {

    public enum Section { UNITS, SLA, CALENDAR, TEMPLATES, ACCOUNTS }

    /** A section as stored: its JSON, version, and who changed it last (absent for the default). */
    public record Stored(Section section, long version, JsonNode body, Optional<Instant> updatedAt,
                         Optional<String> updatedBy) {
    }

    /** How a write ended: written at a new version, or refused because another admin wrote first. */
    public sealed interface WriteResult {
        record Written(long version) implements WriteResult {
        }

        record StaleVersion(long currentVersion) implements WriteResult {
        }
    }

    private final ComplaintTable table;
    private final WorkingCalendar standardCalendar;
    private final AccountCatalog deploymentAccounts;

    public DynamoDbConfigStore(ComplaintTable table, WorkingCalendar standardCalendar) {
        this(table, standardCalendar, AccountCatalog.NONE);
    }

    /** @param deploymentAccounts what the accounts section reads as before an admin saved it (the template's account) */
    public DynamoDbConfigStore(ComplaintTable table, WorkingCalendar standardCalendar, AccountCatalog deploymentAccounts) {
        this.table = table;
        this.standardCalendar = standardCalendar;
        this.deploymentAccounts = deploymentAccounts;
    }

    public Stored read(Section section) {
        var item = table.configs.getItem(key(section));
        if (item == null) {
            return new Stored(section, 0, defaults(section), Optional.empty(), Optional.empty());
        }
        try {
            return new Stored(section, item.version, Json.mapper().readTree(item.body),
                    Optional.ofNullable(Keys.parseTime(item.updatedAt)), Optional.ofNullable(item.updatedBy));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored configuration " + section + " is not JSON", e);
        }
    }

    /** Writes a section already checked with {@link ConfigJson}, over {@code expectedVersion} (0: never saved). */
    public WriteResult write(Section section, long expectedVersion, JsonNode body, String updatedBy, Instant at) {
        var item = new ConfigItem();
        item.pk = Keys.CONFIG_PARTITION;
        item.sk = section.name();
        item.body = Json.write(body);
        item.version = expectedVersion + 1;
        item.updatedAt = Keys.time(at);
        item.updatedBy = updatedBy;
        var tx = table.transaction();
        tx.put(ConfigItem.SCHEMA, item, expectedVersion == 0 ? Transaction.Condition.ITEM_ABSENT
                : new Transaction.Condition("version = :expected", Map.of(),
                        Map.of(":expected", AttributeValue.fromN(Long.toString(expectedVersion)))));
        var failure = tx.commit();
        if (failure.isEmpty()) {
            return new WriteResult.Written(item.version);
        }
        var current = failure.get().item().get("version");
        return new WriteResult.StaleVersion(current == null ? 0 : Long.parseLong(current.n()));
    }

    @Override
    public UnitCatalog units() {
        return ConfigJson.readUnits(read(Section.UNITS).body());
    }

    @Override
    public SlaRules slaRules() {
        return new SlaRules(ConfigJson.readSla(read(Section.SLA).body()),
                ConfigJson.readCalendar(read(Section.CALENDAR).body()));
    }

    @Override
    public Templates replyTemplates() {
        return ConfigJson.readTemplates(read(Section.TEMPLATES).body());
    }

    @Override
    public AccountCatalog accounts() {
        return ConfigJson.readAccounts(read(Section.ACCOUNTS).body());
    }

    private JsonNode defaults(Section section) {
        return switch (section) {
            case UNITS -> ConfigJson.units(UnitCatalog.DEFAULT);
            case SLA -> ConfigJson.sla(SlaPolicy.DEFAULT);
            case CALENDAR -> ConfigJson.calendar(standardCalendar);
            case TEMPLATES -> ConfigJson.templates(Templates.defaults());
            case ACCOUNTS -> ConfigJson.accounts(deploymentAccounts);
        };
    }

    private static Key key(Section section) {
        return Key.builder().partitionValue(Keys.CONFIG_PARTITION).sortValue(section.name()).build();
    }
}

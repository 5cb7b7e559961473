package id.aduan.core.config;

import id.aduan.core.account.AccountCatalog;
import id.aduan.core.reply.Templates;
import id.aduan.core.sla.SlaPolicy;
import id.aduan.core.sla.SlaRules;
import id.aduan.core.sla.WorkingCalendar;
import id.aduan.core.unit.UnitCatalog;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** Configuration sections kept in memory, each written only over its current version, as the store does. */
final class InMemoryConfigSectionStore implements ConfigSectionStore {

    private final Map<ConfigSection, StoredSection> stored = new EnumMap<>(ConfigSection.class);

    @Override
    public StoredSection read(ConfigSection section) {
        return stored.getOrDefault(section, new StoredSection(defaults(section), 0, Optional.empty(), Optional.empty()));
    }

    @Override
    public SectionWrite write(SectionValue value, long expectedVersion, String updatedBy, Instant at) {
        var current = read(value.section()).version();
        if (current != expectedVersion) {
            return new SectionWrite.StaleVersion(current);
        }
        stored.put(value.section(), new StoredSection(value, current + 1, Optional.of(at), Optional.of(updatedBy)));
        return new SectionWrite.Written(current + 1);
    }

    @Override
    public UnitCatalog units() {
        return value(ConfigSection.UNITS, SectionValue.Units.class).catalog();
    }

    @Override
    public SlaRules slaRules() {
        return new SlaRules(value(ConfigSection.SLA, SectionValue.Sla.class).policy(),
                value(ConfigSection.CALENDAR, SectionValue.Calendar.class).calendar());
    }

    @Override
    public Templates replyTemplates() {
        return value(ConfigSection.TEMPLATES, SectionValue.ReplyTemplates.class).templates();
    }

    @Override
    public AccountCatalog accounts() {
        return value(ConfigSection.ACCOUNTS, SectionValue.Accounts.class).catalog();
    }

    private <T extends SectionValue> T value(ConfigSection section, Class<T> type) {
        return type.cast(read(section).value());
    }

    private static SectionValue defaults(ConfigSection section) {
        return switch (section) {
            case UNITS -> new SectionValue.Units(UnitCatalog.DEFAULT);
            case SLA -> new SectionValue.Sla(SlaPolicy.DEFAULT);
            case CALENDAR -> new SectionValue.Calendar(WorkingCalendar.standard());
            case TEMPLATES -> new SectionValue.ReplyTemplates(Templates.defaults());
            case ACCOUNTS -> new SectionValue.Accounts(AccountCatalog.NONE);
        };
    }
}

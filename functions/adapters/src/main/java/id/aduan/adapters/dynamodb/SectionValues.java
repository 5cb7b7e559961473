package id.aduan.adapters.dynamodb;

import id.aduan.core.account.AccountCatalog;
import id.aduan.core.config.ConfigSection;
import id.aduan.core.config.ConfigStore;
import id.aduan.core.config.SectionValue;
import id.aduan.core.reply.Templates;
import id.aduan.core.sla.SlaRules;
import id.aduan.core.unit.UnitCatalog;
import java.util.function.Function;

/** The typed configuration, from wherever each section's value comes: a read per section or one read of all. */
record SectionValues(Function<ConfigSection, SectionValue> value) implements ConfigStore {

    @Override
    public UnitCatalog units() {
        return ((SectionValue.Units) value.apply(ConfigSection.UNITS)).catalog();
    }

    @Override
    public SlaRules slaRules() {
        return new SlaRules(((SectionValue.Sla) value.apply(ConfigSection.SLA)).policy(),
                ((SectionValue.Calendar) value.apply(ConfigSection.CALENDAR)).calendar());
    }

    @Override
    public Templates replyTemplates() {
        return ((SectionValue.ReplyTemplates) value.apply(ConfigSection.TEMPLATES)).templates();
    }

    @Override
    public AccountCatalog accounts() {
        return ((SectionValue.Accounts) value.apply(ConfigSection.ACCOUNTS)).catalog();
    }
}

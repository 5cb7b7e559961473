package id.aduan.core.config;

import id.aduan.core.account.AccountCatalog;
import id.aduan.core.reply.Templates;
import id.aduan.core.sla.SlaPolicy;
import id.aduan.core.sla.WorkingCalendar;
import id.aduan.core.unit.UnitCatalog;

/** What one configuration section holds, in the domain's own values. */
public sealed interface SectionValue {

    record Units(UnitCatalog catalog) implements SectionValue {
    }

    record Sla(SlaPolicy policy) implements SectionValue {
    }

    record Calendar(WorkingCalendar calendar) implements SectionValue {
    }

    record ReplyTemplates(Templates templates) implements SectionValue {
    }

    record Accounts(AccountCatalog catalog) implements SectionValue {
    }

    default ConfigSection section() {
        return switch (this) {
            case Units units -> ConfigSection.UNITS;
            case Sla sla -> ConfigSection.SLA;
            case Calendar calendar -> ConfigSection.CALENDAR;
            case ReplyTemplates templates -> ConfigSection.TEMPLATES;
            case Accounts accounts -> ConfigSection.ACCOUNTS;
        };
    }
}

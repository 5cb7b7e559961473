package id.aduan.core.config;

import id.aduan.core.account.AccountCatalog;
import id.aduan.core.reply.Templates;
import id.aduan.core.sla.SlaPolicy;
import id.aduan.core.sla.WorkingCalendar;
import id.aduan.core.unit.UnitCatalog;
import java.util.Objects;

/** What one configuration section holds, in the domain's own values. */
public sealed interface SectionValue {

    ConfigSection section();

    record Units(UnitCatalog catalog) implements SectionValue {
        public Units {
            Objects.requireNonNull(catalog, "catalog");
        }

        @Override
        public ConfigSection section() {
            return ConfigSection.UNITS;
        }
    }

    record Sla(SlaPolicy policy) implements SectionValue {
        public Sla {
            Objects.requireNonNull(policy, "policy");
        }

        @Override
        public ConfigSection section() {
            return ConfigSection.SLA;
        }
    }

    record Calendar(WorkingCalendar calendar) implements SectionValue {
        public Calendar {
            Objects.requireNonNull(calendar, "calendar");
        }

        @Override
        public ConfigSection section() {
            return ConfigSection.CALENDAR;
        }
    }

    record ReplyTemplates(Templates templates) implements SectionValue {
        public ReplyTemplates {
            Objects.requireNonNull(templates, "templates");
        }

        @Override
        public ConfigSection section() {
            return ConfigSection.TEMPLATES;
        }
    }

    record Accounts(AccountCatalog catalog) implements SectionValue {
        public Accounts {
            Objects.requireNonNull(catalog, "catalog");
        }

        @Override
        public ConfigSection section() {
            return ConfigSection.ACCOUNTS;
        }
    }
}

package id.aduan.core.testing;

import id.aduan.core.account.AccountCatalog;
import id.aduan.core.config.ConfigStore;
import id.aduan.core.reply.Templates;
import id.aduan.core.sla.SlaRules;
import id.aduan.core.unit.UnitCatalog;

/** The configuration as Aduan ships it, before an admin changes anything. */
public record ShippedConfig(SlaRules slaRules) implements ConfigStore {

    @Override
    public UnitCatalog units() {
        return UnitCatalog.DEFAULT;
    }

    @Override
    public Templates replyTemplates() {
        return Templates.defaults();
    }

    @Override
    public AccountCatalog accounts() {
        return AccountCatalog.NONE;
    }
}

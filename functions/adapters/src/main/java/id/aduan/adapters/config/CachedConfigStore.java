package id.aduan.adapters.config;

import id.aduan.core.account.AccountCatalog;
import id.aduan.core.config.ConfigStore;
import id.aduan.core.reply.Templates;
import id.aduan.core.sla.SlaRules;
import id.aduan.core.unit.UnitCatalog;
import java.time.Clock;
import java.time.Duration;

/**
 * Keeps what a configuration store read for a short while: configuration changes rarely, and every
 * staff request needs some of it. An admin's change reaches other containers within the time to live.
 */
public final class CachedConfigStore implements ConfigStore {

    private final Cached<UnitCatalog> units;
    private final Cached<SlaRules> rules;
    private final Cached<Templates> templates;
    private final Cached<AccountCatalog> accounts;

    public CachedConfigStore(ConfigStore store, Clock clock, Duration timeToLive) {
        this.units = new Cached<>(store::units, clock, timeToLive);
        this.rules = new Cached<>(store::slaRules, clock, timeToLive);
        this.templates = new Cached<>(store::replyTemplates, clock, timeToLive);
        this.accounts = new Cached<>(store::accounts, clock, timeToLive);
    }

    @Override
    public UnitCatalog units() {
        return units.get();
    }

    @Override
    public SlaRules slaRules() {
        return rules.get();
    }

    @Override
    public Templates replyTemplates() {
        return templates.get();
    }

    @Override
    public AccountCatalog accounts() {
        return accounts.get();
    }

    /** Forgets everything read, so this container sees a change it just wrote at once. */
    public void invalidate() {
        units.invalidate();
        rules.invalidate();
        templates.invalidate();
        accounts.invalidate();
    }
}

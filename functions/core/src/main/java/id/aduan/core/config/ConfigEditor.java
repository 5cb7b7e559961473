package id.aduan.core.config;

import id.aduan.core.access.NotPermitted;
import id.aduan.core.access.StaffMember;
import id.aduan.core.account.AccountCatalog;
import id.aduan.core.account.InstagramAccount;
import id.aduan.core.account.ReadableSecrets;
import id.aduan.core.kernel.Tenant;
import id.aduan.core.kernel.Tenants;
import id.aduan.core.kernel.VersionConflict;
import id.aduan.core.language.Phrase;
import java.time.Clock;
import java.util.Optional;

/**
 * An admin's configuration changes. Each is checked whole before it is stored (the domain values' own
 * rules, no unit code dropped, every account's tenant served by the stack, its default unit known and
 * its token in a secret the functions may read), over the version it was based on,
 * and answered as read back. The accounts section is shared by every tenant: an admin registers, changes
 * and retires only their own tenant's accounts, and a whole-section write keeps the others' as stored.
 */
public final class ConfigEditor {

    private final ConfigSectionStore sections;
    private final ReadableSecrets secrets;
    private final Tenants tenants;
    private final Tenant tenant;
    private final Clock clock;
    private final StaffMember admin;

    ConfigEditor(ConfigSectionStore sections, ReadableSecrets secrets, Tenants tenants, Tenant tenant, Clock clock,
                 StaffMember admin) {
        this.sections = sections;
        this.secrets = secrets;
        this.tenants = tenants;
        this.tenant = tenant;
        this.clock = clock;
        this.admin = admin;
    }

    /** Replaces a whole section. */
    public StoredSection change(SectionValue proposed, long expectedVersion) {
        return write(checked(proposed), expectedVersion);
    }

    /** Registers one account, or changes or brings back the one with its id. */
    public StoredSection registerAccount(InstagramAccount account, long expectedVersion) {
        var stored = sections.accounts();
        requireOwn(account, stored);
        var registered = stored.registering(account, tenants, sections.units(), secrets);
        return write(new SectionValue.Accounts(registered), expectedVersion);
    }

    /** Retires an active account, keeping its complaints; empty when no active account has the id. */
    public Optional<StoredSection> retireAccount(String id, long expectedVersion) {
        var stored = sections.accounts();
        stored.find(id).ifPresent(account -> requireOwn(account, stored));
        return stored.retiring(id, clock.instant())
                .map(retired -> write(new SectionValue.Accounts(retired), expectedVersion));
    }

    private SectionValue checked(SectionValue proposed) {
        return switch (proposed) {
            case SectionValue.Units(var catalog) -> {
                var dropped = catalog.missingFrom(sections.units());
                if (!dropped.isEmpty()) {
                    throw new ConfigRejected("units", "unit codes are kept on complaints and cannot be removed: "
                            + String.join(", ", dropped));
                }
                yield proposed;
            }
            case SectionValue.Accounts(var catalog) -> {
                var units = sections.units();
                var stored = sections.accounts();
                catalog.accounts().forEach(account -> requireOwn(account, stored));
                var checked = new AccountCatalog(stored.accounts().stream()
                        .filter(account -> !account.tenant().equals(tenant)).toList());
                for (InstagramAccount account : catalog.accounts()) {
                    checked = checked.registering(account, tenants, units, secrets);
                }
                yield new SectionValue.Accounts(checked);
            }
            case SectionValue.Sla sla -> sla;
            case SectionValue.Calendar calendar -> calendar;
            case SectionValue.ReplyTemplates templates -> templates;
        };
    }

    private StoredSection write(SectionValue value, long expectedVersion) {
        return switch (sections.write(value, expectedVersion, admin.id(), clock.instant())) {
            case SectionWrite.Written written -> ConfigDesk.ownAccountsOnly(sections.read(value.section()), tenant);
            case SectionWrite.StaleVersion(long currentVersion) -> throw new VersionConflict(expectedVersion, currentVersion);
        };
    }

    /** Refuses an account of another tenant the stack serves, or one whose id another tenant holds. */
    private void requireOwn(InstagramAccount account, AccountCatalog stored) {
        var claimsAnother = tenants.contains(account.tenant()) && !account.tenant().equals(tenant);
        var heldByAnother = stored.named(account.id()).filter(held -> !held.tenant().equals(tenant)).isPresent();
        if (claimsAnother || heldByAnother) {
            throw new NotPermitted(Phrase.of("error.forbidden.otherTenantAccount", account.id(), tenant.id()));
        }
    }
}

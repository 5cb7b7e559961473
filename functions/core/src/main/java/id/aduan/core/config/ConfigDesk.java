package id.aduan.core.config;

import id.aduan.core.access.Access;
import id.aduan.core.access.NotPermitted;
import id.aduan.core.access.StaffMember;
import id.aduan.core.account.ReadableSecrets;
import id.aduan.core.kernel.Tenant;
import id.aduan.core.kernel.Tenants;
import id.aduan.core.language.Phrase;
import java.time.Clock;

/**
 * Reading and changing one government's run-time configuration: every staff role reads it (the console
 * needs unit names and templates); only admins change it, through a {@link ConfigEditor}. The accounts
 * section is the platform's, shared by every tenant: a desk shows and changes only its own tenant's
 * accounts in it.
 */
public final class ConfigDesk {

    private final ConfigSectionStore sections;
    private final ReadableSecrets secrets;
    private final Tenants tenants;
    private final Tenant tenant;
    private final Clock clock;

    /**
     * @param tenants the tenants the stack serves: an account is registered for one of them
     * @param tenant  the government whose configuration this desk reads and changes
     */
    public ConfigDesk(ConfigSectionStore sections, ReadableSecrets secrets, Tenants tenants, Tenant tenant,
                      Clock clock) {
        this.sections = sections;
        this.secrets = secrets;
        this.tenants = tenants;
        this.tenant = tenant;
        this.clock = clock;
    }

    /** The section as stored; the accounts section holds this tenant's accounts only. */
    public StoredSection read(ConfigSection section, StaffMember staff) {
        requireMayRead(staff);
        return ownAccountsOnly(sections.read(section), tenant);
    }

    /** The changes {@code staff} may make, refused before anything they sent is read unless they are an admin. */
    public ConfigEditor editor(StaffMember staff) {
        requireMayRead(staff);
        if (!Access.mayConfigure(staff)) {
            throw new NotPermitted(Phrase.of("error.forbidden.changeConfig"));
        }
        return new ConfigEditor(sections, secrets, tenants, tenant, clock, staff);
    }

    static StoredSection ownAccountsOnly(StoredSection stored, Tenant tenant) {
        if (stored.value() instanceof SectionValue.Accounts(var catalog)) {
            return new StoredSection(new SectionValue.Accounts(catalog.of(tenant)), stored.version(),
                    stored.updatedAt(), stored.updatedBy());
        }
        return stored;
    }

    private static void requireMayRead(StaffMember staff) {
        if (!Access.mayRead(staff)) {
            throw new NotPermitted(Phrase.of("error.forbidden.readConfig"));
        }
    }
}

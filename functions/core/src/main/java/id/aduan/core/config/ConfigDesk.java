package id.aduan.core.config;

import id.aduan.core.access.Access;
import id.aduan.core.access.NotPermitted;
import id.aduan.core.access.StaffMember;
import id.aduan.core.account.ReadableSecrets;
import id.aduan.core.kernel.Tenants;
import id.aduan.core.language.Phrase;
import java.time.Clock;

/**
 * Reading and changing the run-time configuration: every staff role reads it (the console needs unit
 * names and templates); only admins change it, through a {@link ConfigEditor}.
 */
public final class ConfigDesk {

    private final ConfigSectionStore sections;
    private final ReadableSecrets secrets;
    private final Tenants tenants;
    private final Clock clock;

    /** @param tenants the tenants the stack serves: an account is registered for one of them */
    public ConfigDesk(ConfigSectionStore sections, ReadableSecrets secrets, Tenants tenants, Clock clock) {
        this.sections = sections;
        this.secrets = secrets;
        this.tenants = tenants;
        this.clock = clock;
    }

    public StoredSection read(ConfigSection section, StaffMember staff) {
        requireMayRead(staff);
        return sections.read(section);
    }

    /** The changes {@code staff} may make, refused before anything they sent is read unless they are an admin. */
    public ConfigEditor editor(StaffMember staff) {
        requireMayRead(staff);
        if (!Access.mayConfigure(staff)) {
            throw new NotPermitted(Phrase.of("error.forbidden.changeConfig"));
        }
        return new ConfigEditor(sections, secrets, tenants, clock, staff);
    }

    private static void requireMayRead(StaffMember staff) {
        if (!Access.mayRead(staff)) {
            throw new NotPermitted(Phrase.of("error.forbidden.readConfig"));
        }
    }
}

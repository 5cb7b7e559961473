package id.aduan.core.access;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a staff member may do, from their groups in the user pool (ARCHITECTURE.md section 6). A member
 * may hold several roles; they get the sum of what each allows.
 */
public enum Role {
    /** Everything, including configuration. */
    ADMIN,
    /** The social-media team: triages and works every complaint. */
    TRIAGE,
    /** Leads a unit (OPD): works the unit's complaints, re-routes, closes and reopens them. */
    SUPERVISOR,
    /** Works the unit's complaints: follows up, resolves, replies. */
    AGENT,
    /** Reads only. */
    VIEWER,
    /**
     * Reads figures only (report summaries and counts of every unit), never a complaint, its texts or
     * anyone's personal data: the provincial office watching a government's desk.
     */
    PROVINCE;

    /** The role a user-pool group names (any case), if it is one. */
    public static Optional<Role> ofGroup(String group) {
        var name = group.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(role -> role.name().equals(name)).findFirst();
    }

    public String group() {
        return name().toLowerCase(Locale.ROOT);
    }
}

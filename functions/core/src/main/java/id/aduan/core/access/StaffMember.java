package id.aduan.core.access;

import id.aduan.core.complaint.Actor;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The person behind a staff request, as the token says: their stable id, a name for the timeline,
 * their roles and, for unit staff, the unit (OPD) they work for.
 *
 * @param unit the unit code of supervisors and agents (and of viewers limited to a unit); null otherwise
 */
public record StaffMember(String id, String name, Set<Role> roles, String unit) {

    public StaffMember {
        Objects.requireNonNull(id, "id");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        unit = unit == null || unit.isBlank() ? null : unit.strip();
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public Actor actor() {
        return Actor.staff(id, name);
    }
}

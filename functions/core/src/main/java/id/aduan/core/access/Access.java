package id.aduan.core.access;

import id.aduan.core.complaint.Complaint;
import id.aduan.core.language.Phrase;
import id.aduan.core.workflow.ActionKind;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who sees which complaints, who may do what to them, and who sees the reporter's personal data.
 *
 * <ul>
 * <li>Admins and the triage team see every complaint. Supervisors, agents and viewers see the
 *     complaints of their unit only, and a token of theirs must name it: a complaint without a unit
 *     (NEW, or waiting for the reporter, before triage sets one) belongs to the triage team. A viewer
 *     whose unit is {@value #EVERY_UNIT} (leadership) reads every unit's complaints; for any other role
 *     that unit is refused, so a missing or mistyped claim never widens what a token sees.</li>
 * <li>Triage's moves (verify, ask for information, forward, reject) belong to admins and triage. A
 *     unit's supervisor also re-routes, closes, reopens, changes priority and hides comments; agents
 *     follow up, resolve, reply, add notes and take complaints (assign them to themselves). Viewers
 *     change nothing.</li>
 * <li>Personal data (usernames, Instagram ids, phone numbers, NIK/KK, e-mail) is shown to admins and
 *     the triage team, who talk to reporters; everyone else sees it masked. Units get the place and the
 *     problem, which is what they need to act.</li>
 * </ul>
 */
public final class Access {

    private static final Set<ActionKind> UNIT_SUPERVISOR = EnumSet.of(ActionKind.REROUTE, ActionKind.START_FOLLOW_UP,
            ActionKind.RESOLVE, ActionKind.CLOSE, ActionKind.REOPEN, ActionKind.ASSIGN, ActionKind.ADD_NOTE,
            ActionKind.CHANGE_PRIORITY, ActionKind.QUEUE_REPLY, ActionKind.HIDE_COMMENT);
    private static final Set<ActionKind> UNIT_AGENT = EnumSet.of(ActionKind.START_FOLLOW_UP, ActionKind.RESOLVE,
            ActionKind.ASSIGN, ActionKind.ADD_NOTE, ActionKind.QUEUE_REPLY);

    private static final Map<Role, Set<ActionKind>> ACTIONS = Map.of(
            Role.ADMIN, EnumSet.allOf(ActionKind.class),
            Role.TRIAGE, EnumSet.allOf(ActionKind.class),
            Role.SUPERVISOR, UNIT_SUPERVISOR,
            Role.AGENT, UNIT_AGENT,
            Role.VIEWER, EnumSet.noneOf(ActionKind.class),
            Role.PROVINCE, EnumSet.noneOf(ActionKind.class));

    /** The unit claim of a viewer who reads every unit's complaints. */
    public static final String EVERY_UNIT = "*";

    private Access() {
    }

    /** Sees every unit's complaints, including those triage has not given a unit yet. */
    public static boolean seesEveryUnit(StaffMember staff) {
        return staff.has(Role.ADMIN) || staff.has(Role.TRIAGE) || figuresOnly(staff)
                || EVERY_UNIT.equals(staff.unit()) && staff.roles().equals(Set.of(Role.VIEWER));
    }

    /**
     * Throws {@link NotPermitted} when the member's roles are limited to a unit and the token names
     * none, or names every unit for a role that may change complaints.
     */
    public static void requireUnitWhereNeeded(StaffMember staff) {
        if (staff.roles().isEmpty() || staff.has(Role.ADMIN) || staff.has(Role.TRIAGE) || figuresOnly(staff)) {
            return;
        }
        if (staff.unit() == null) {
            throw new NotPermitted(Phrase.of("error.forbidden.noUnit", groups(staff)));
        }
        if (EVERY_UNIT.equals(staff.unit()) && !seesEveryUnit(staff)) {
            throw new NotPermitted(Phrase.of("error.forbidden.everyUnitViewersOnly", EVERY_UNIT));
        }
    }

    /** The one unit whose complaints the member sees; empty when they see every unit or none. */
    public static Optional<String> unitScope(StaffMember staff) {
        return seesEveryUnit(staff) ? Optional.empty() : Optional.ofNullable(staff.unit());
    }

    /** Whether the member may read anything at all: a token without any known role or without its unit may not. */
    public static boolean mayRead(StaffMember staff) {
        return !staff.roles().isEmpty() && (seesEveryUnit(staff) || staff.unit() != null && !EVERY_UNIT.equals(staff.unit()));
    }

    /** Whether the member's only role is {@link Role#PROVINCE}: aggregate figures, nothing about one complaint. */
    public static boolean figuresOnly(StaffMember staff) {
        return staff.roles().equals(Set.of(Role.PROVINCE));
    }

    public static boolean canSee(StaffMember staff, Complaint complaint) {
        if (!mayRead(staff) || figuresOnly(staff)) {
            return false;
        }
        if (seesEveryUnit(staff)) {
            return true;
        }
        return staff.unit() != null && staff.unit().equals(complaint.unit());
    }

    public static boolean may(StaffMember staff, ActionKind kind) {
        return staff.roles().stream().anyMatch(role -> ACTIONS.get(role).contains(kind));
    }

    /** The actions the member's roles allow, whatever the complaint's state. */
    public static Set<ActionKind> actions(StaffMember staff) {
        var kinds = EnumSet.noneOf(ActionKind.class);
        staff.roles().forEach(role -> kinds.addAll(ACTIONS.get(role)));
        return kinds;
    }

    /** Throws {@link NotPermitted} unless the member's roles allow the action. */
    public static void require(StaffMember staff, ActionKind kind) {
        if (!may(staff, kind)) {
            throw new NotPermitted(Phrase.of("error.forbidden.action", groups(staff), kind.phrase()));
        }
    }

    /** Agents may only take a complaint themselves or give it back; other roles assign anyone. */
    public static void requireMayAssign(StaffMember staff, String assigneeId) {
        require(staff, ActionKind.ASSIGN);
        boolean assignsOthers = staff.has(Role.ADMIN) || staff.has(Role.TRIAGE) || staff.has(Role.SUPERVISOR);
        if (!assignsOthers && assigneeId != null && !assigneeId.equals(staff.id())) {
            throw new NotPermitted(Phrase.of("error.forbidden.assignOthers"));
        }
    }

    public static boolean seesPersonalData(StaffMember staff) {
        return staff.has(Role.ADMIN) || staff.has(Role.TRIAGE);
    }

    public static boolean mayConfigure(StaffMember staff) {
        return staff.has(Role.ADMIN);
    }

    /** A citizen's erasure request is carried out by an admin, who answers for it to the data protection officer. */
    public static boolean mayErasePersonalData(StaffMember staff) {
        return staff.has(Role.ADMIN);
    }

    private static String groups(StaffMember staff) {
        return staff.roles().stream().map(Role::group).sorted().toList().toString();
    }
}

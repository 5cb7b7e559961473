package id.aduan.core.access;

import id.aduan.core.complaint.Complaint;
import id.aduan.core.language.Phrase;
import id.aduan.core.triage.PersonalData;
import id.aduan.core.workflow.ActionKind;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who sees which complaints, who may do what to them, and who sees the reporter's personal data.
 *
 * <ul>
 * <li>Admins and the triage team see every complaint. Supervisors and agents see the complaints of
 *     their unit only: a complaint without a unit (NEW, or waiting for the reporter, before triage sets
 *     one) belongs to the triage team. A viewer with a unit sees that unit's complaints, one without
 *     sees all.</li>
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
            Role.VIEWER, EnumSet.noneOf(ActionKind.class));

    private Access() {
    }

    /** Sees every unit's complaints, including those triage has not given a unit yet. */
    public static boolean seesEveryUnit(StaffMember staff) {
        return staff.has(Role.ADMIN) || staff.has(Role.TRIAGE)
                || staff.unit() == null && staff.roles().equals(Set.of(Role.VIEWER));
    }

    /** The one unit whose complaints the member sees; empty when they see every unit or none. */
    public static Optional<String> unitScope(StaffMember staff) {
        return seesEveryUnit(staff) ? Optional.empty() : Optional.ofNullable(staff.unit());
    }

    /** Whether the member may read anything at all: a token without any known role may not. */
    public static boolean mayRead(StaffMember staff) {
        return !staff.roles().isEmpty() && (seesEveryUnit(staff) || staff.unit() != null);
    }

    public static boolean canSee(StaffMember staff, Complaint complaint) {
        if (!mayRead(staff)) {
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

    /** Four or more digits (separators between them ignored): a piece of a phone number or NIK. */
    private static final Pattern NUMBER_FRAGMENT = Pattern.compile("\\d(?:[\\s.\\-]?\\d){3,}");

    /**
     * Whether a member may search complaint texts for {@code text}: searching by a phone number, NIK or
     * e-mail address, even a piece of one, would find what masking hides from a role without access.
     */
    public static boolean maySearchFor(StaffMember staff, String text) {
        return seesPersonalData(staff)
                || (PersonalData.find(text).isEmpty() && !text.contains("@") && !NUMBER_FRAGMENT.matcher(text).find());
    }

    public static boolean seesPersonalData(StaffMember staff) {
        return staff.has(Role.ADMIN) || staff.has(Role.TRIAGE);
    }

    public static boolean mayConfigure(StaffMember staff) {
        return staff.has(Role.ADMIN);
    }

    private static String groups(StaffMember staff) {
        return staff.roles().stream().map(Role::group).sorted().toList().toString();
    }
}

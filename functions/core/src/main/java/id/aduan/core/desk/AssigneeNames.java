package id.aduan.core.desk;

import id.aduan.core.access.StaffMember;
import id.aduan.core.complaint.Assignee;
import id.aduan.core.workflow.StaffAction;

/**
 * Names the assignee of an assignment from who they are, never from the request: a member taking a
 * complaint is named by their own token, anyone else by the directory of signed-in staff (no name
 * when they have not signed in yet; the id still identifies them).
 */
public final class AssigneeNames {

    private final StaffDirectory directory;

    public AssigneeNames(StaffDirectory directory) {
        this.directory = directory;
    }

    /** The action with the assignee's name looked up; any other action unchanged. */
    public StaffAction named(StaffMember staff, StaffAction action) {
        if (!(action instanceof StaffAction.Assign assign) || assign.assignee() == null) {
            return action;
        }
        var id = assign.assignee().id();
        var name = id.equals(staff.id()) ? staff.name() : directory.nameOf(id).orElse(null);
        return new StaffAction.Assign(new Assignee(id, name));
    }
}

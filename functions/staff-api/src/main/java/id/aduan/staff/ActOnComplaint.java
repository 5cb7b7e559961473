package id.aduan.staff;

import id.aduan.adapters.http.HttpRequest;
import id.aduan.adapters.http.HttpResponse;
import id.aduan.core.access.StaffMember;
import id.aduan.core.workflow.StaffAction;

/**
 * {@code POST /complaints/{id}/actions} (a workflow move, an assignment or a priority change) and
 * {@code POST /complaints/{id}/notes} (an internal note): both answer with the complaint as it now is.
 */
final class ActOnComplaint implements Route {

    private final boolean notes;

    private ActOnComplaint(boolean notes) {
        this.notes = notes;
    }

    static ActOnComplaint actions() {
        return new ActOnComplaint(false);
    }

    static ActOnComplaint notes() {
        return new ActOnComplaint(true);
    }

    @Override
    public HttpResponse handle(HttpRequest request, StaffMember staff, TenantDesks desks) {
        var body = JsonBody.parse(request.body());
        StaffAction action = notes
                ? new StaffAction.AddNote(body.allowing("text", "version").requiredText("text"))
                : desks.assigneeNames.named(staff, ActionRequests.read(body));
        var after = desks.desk.act(staff, Route.complaintReference(request), Versions.expected(request, body), action);
        return desks.view(staff, Route.language(request)).answer(notes ? 201 : 200, after);
    }
}

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

    private final Wiring wiring;
    private final boolean notes;

    private ActOnComplaint(Wiring wiring, boolean notes) {
        this.wiring = wiring;
        this.notes = notes;
    }

    static ActOnComplaint actions(Wiring wiring) {
        return new ActOnComplaint(wiring, false);
    }

    static ActOnComplaint notes(Wiring wiring) {
        return new ActOnComplaint(wiring, true);
    }

    @Override
    public HttpResponse handle(HttpRequest request, StaffMember staff) {
        var body = JsonBody.parse(request.body());
        StaffAction action = notes
                ? new StaffAction.AddNote(body.allowing("text", "version").requiredText("text"))
                : wiring.assigneeNames.named(staff, ActionRequests.read(body));
        var after = wiring.desk.act(staff, Route.complaintReference(request), Versions.expected(request, body), action);
        return wiring.view(staff, Route.language(request)).answer(notes ? 201 : 200, after);
    }
}

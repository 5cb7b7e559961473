package id.aduan.staff;

import id.aduan.core.complaint.Assignee;
import id.aduan.core.complaint.RejectionReason;
import id.aduan.core.complaint.TrackingCode;
import id.aduan.core.kernel.Priority;
import id.aduan.core.workflow.ActionKind;
import id.aduan.core.workflow.StaffAction;

/**
 * Reads the body of {@code POST /complaints/{id}/actions}: {@code action} names the action, the other
 * fields are the ones that action takes (any other field is refused), and {@code version} (or
 * If-Match) the version it is based on.
 */
final class ActionRequests {

    private ActionRequests() {
    }

    static StaffAction read(JsonBody body) {
        var kind = body.constant(ActionKind.class, "action")
                .orElseThrow(() -> BadRequest.invalid("action", "error.action.required"));
        return switch (kind) {
            case VERIFY -> new StaffAction.Verify(
                    allow(body, "unit", "category", "priority", "note").text("unit").orElse(null),
                    body.text("category").orElse(null), body.constant(Priority.class, "priority").orElse(null),
                    body.text("note").orElse(null));
            case ASK_FOR_INFORMATION -> new StaffAction.AskForInformation(note(body));
            case FORWARD -> new StaffAction.Forward(allow(body, "unit", "note").text("unit").orElse(null),
                    body.text("note").orElse(null));
            case REROUTE -> new StaffAction.Reroute(allow(body, "unit", "reason").text("unit").orElse(null),
                    body.text("reason").orElse(null));
            case START_FOLLOW_UP -> new StaffAction.StartFollowUp(note(body));
            case RESOLVE -> new StaffAction.Resolve(note(body));
            case CLOSE -> new StaffAction.Close(note(body));
            case REOPEN -> new StaffAction.Reopen(allow(body, "reason").text("reason").orElse(null));
            case REJECT -> new StaffAction.Reject(
                    allow(body, "rejection", "note", "referral", "duplicateOf")
                            .constant(RejectionReason.class, "rejection").orElse(null),
                    body.text("note").orElse(null), body.text("referral").orElse(null),
                    body.text("duplicateOf").map(ActionRequests::trackingCode).orElse(null));
            case ASSIGN -> new StaffAction.Assign(assignee(allow(body, "assignee")));
            case CHANGE_PRIORITY -> new StaffAction.ChangePriority(
                    allow(body, "priority", "reason").constant(Priority.class, "priority").orElse(null),
                    body.text("reason").orElse(null));
            case ADD_NOTE, QUEUE_REPLY, HIDE_COMMENT -> throw BadRequest.invalid("action", "error.action.ownRoute", kind);
        };
    }

    private static JsonBody allow(JsonBody body, String... fields) {
        var all = new String[fields.length + 2];
        all[0] = "action";
        all[1] = "version";
        System.arraycopy(fields, 0, all, 2, fields.length);
        return body.allowing(all);
    }

    private static String note(JsonBody body) {
        return allow(body, "note").text("note").orElse(null);
    }

    /**
     * {"assignee": {"id": "…"}} assigns; {"assignee": null} gives the complaint back. A {@code name} is
     * accepted and ignored: the name shown comes from the directory of signed-in staff.
     */
    private static Assignee assignee(JsonBody body) {
        if (!body.has("assignee")) {
            throw BadRequest.invalid("assignee", "error.assignee.required");
        }
        var node = body.node("assignee");
        if (node.isNull()) {
            return null;
        }
        if (!node.isObject() || !node.path("id").isTextual() || node.path("id").asText().isBlank()
                || node.size() > 2 || node.size() == 2 && !node.path("name").isTextual()) {
            throw BadRequest.invalid("assignee", "error.assignee.shape");
        }
        return new Assignee(node.get("id").asText(), null);
    }

    private static TrackingCode trackingCode(String text) {
        try {
            return TrackingCode.parseLenient(text);
        } catch (IllegalArgumentException e) {
            throw BadRequest.invalid("duplicateOf", "error.duplicateOf.format");
        }
    }
}

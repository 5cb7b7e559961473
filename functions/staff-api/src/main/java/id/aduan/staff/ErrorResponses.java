package id.aduan.staff;

import id.aduan.adapters.http.HttpResponse;
import id.aduan.adapters.json.ConfigJson.ConfigRejected;
import id.aduan.adapters.observability.JsonLog;
import id.aduan.core.access.NotPermitted;
import id.aduan.core.desk.ActionConflict;
import id.aduan.core.desk.ComplaintNotFound;
import id.aduan.core.desk.InstagramRefused;
import id.aduan.core.desk.ReplyNotQueued;
import id.aduan.core.desk.VersionConflict;
import id.aduan.core.workflow.ActionKind;
import id.aduan.core.workflow.InvalidAction;
import id.aduan.core.workflow.MoveNotAllowed;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every failure the staff API answers, turned into its status and JSON error body in this one place:
 * {@code {"error": {"code", "message", "field"?, …}}}. Anything unexpected is a 500 that names the
 * request id and is logged; no stack trace or internal message leaves the function.
 */
final class ErrorResponses {

    private ErrorResponses() {
    }

    static HttpResponse of(RuntimeException failure, String requestId, JsonLog log) {
        return switch (failure) {
            case BadRequest bad -> error(400, bad.code(), bad.getMessage(), Map.of("field", bad.field()));
            case InvalidAction invalid -> error(400, "INVALID_FIELD", invalid.getMessage(), Map.of("field", invalid.field()));
            case ConfigRejected rejected -> error(400, "INVALID_CONFIGURATION", rejected.getMessage(),
                    Map.of("field", rejected.field()));
            case VersionRequired required -> error(428, "VERSION_REQUIRED", required.getMessage(),
                    Map.of("field", "version"));
            case NotPermitted forbidden -> error(403, "FORBIDDEN", forbidden.getMessage(), Map.of());
            case ComplaintNotFound notFound -> error(404, "NOT_FOUND", notFound.getMessage(), Map.of());
            case NoSuchResource notFound -> error(404, "NOT_FOUND", notFound.getMessage(), Map.of());
            case MoveNotAllowed refused -> error(409, "MOVE_NOT_ALLOWED", refused.getMessage(), Map.of(
                    "status", refused.status().name(),
                    "allowed", refused.allowed().stream().map(ActionKind::name).sorted().toList()));
            case VersionConflict stale -> error(409, "STALE_VERSION", stale.getMessage(),
                    Map.of("currentVersion", stale.currentVersion()))
                    .withHeader("etag", Versions.entityTag(stale.currentVersion()));
            case ActionConflict conflict -> error(409, conflict.code(), conflict.getMessage(),
                    Map.of("options", conflict.options()));
            case InstagramRefused refused -> error(502, "INSTAGRAM_REFUSED", refused.getMessage(),
                    Map.of("kind", refused.failure().kind().name()));
            case ReplyNotQueued notQueued -> {
                log.error("reply not queued", notQueued.getCause(), Map.of("requestId", requestId,
                        "replyId", notQueued.replyId(), "recordedAsFailed", notQueued.recorded()));
                yield error(503, "REPLY_NOT_QUEUED", notQueued.getMessage(), Map.of("replyId", notQueued.replyId()));
            }
            default -> {
                log.error("request failed", failure, Map.of("requestId", requestId));
                yield error(500, "INTERNAL_ERROR", "something went wrong; quote request " + requestId, Map.of());
            }
        };
    }

    static HttpResponse error(int status, String code, String message, Map<String, ?> more) {
        var error = new LinkedHashMap<String, Object>();
        error.put("code", code);
        error.put("message", message);
        error.putAll(more);
        return HttpResponse.json(status, Map.of("error", error));
    }
}

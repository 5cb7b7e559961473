package id.aduan.staff;

import id.aduan.adapters.aws.ServiceUnavailable;
import id.aduan.adapters.http.HttpResponse;
import id.aduan.adapters.observability.JsonLog;
import id.aduan.core.access.NotPermitted;
import id.aduan.core.account.InvalidAccount;
import id.aduan.core.config.ConfigRejected;
import id.aduan.core.desk.ActionConflict;
import id.aduan.core.desk.ComplaintNotFound;
import id.aduan.core.desk.InstagramRefused;
import id.aduan.core.desk.ReplyNotQueued;
import id.aduan.core.kernel.VersionConflict;
import id.aduan.core.kernel.WriteOutcomeUnknown;
import id.aduan.core.language.Explained;
import id.aduan.core.language.Language;
import id.aduan.core.language.Phrase;
import id.aduan.core.language.Phrasebook;
import id.aduan.core.workflow.ActionKind;
import id.aduan.core.workflow.InvalidAction;
import id.aduan.core.workflow.MoveNotAllowed;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every failure the staff API answers, turned into its status and JSON error body in this one place:
 * {@code {"error": {"code", "message", "field"?, …}}}, the message in the request's language (the
 * code the same in both). Anything unexpected is a 500 that names the request id and is logged; no
 * stack trace or internal message leaves the function.
 */
final class ErrorResponses {

    private ErrorResponses() {
    }

    /** A failure as the API answers it: status, error object, and the current version when it is stale. */
    record Refusal(int status, Map<String, Object> error, Long currentVersion) {

        HttpResponse response() {
            var response = HttpResponse.json(status, Map.of("error", error));
            return currentVersion == null ? response : response.withHeader("etag", Versions.entityTag(currentVersion));
        }
    }

    static HttpResponse of(RuntimeException failure, String requestId, JsonLog log, Language language) {
        return refusal(failure, requestId, log, language).response();
    }

    static Refusal refusal(RuntimeException failure, String requestId, JsonLog log, Language language) {
        return switch (failure) {
            case BadRequest bad -> refusal(400, bad.code(), failure, language, Map.of("field", bad.field()));
            case InvalidAction invalid -> refusal(400, "INVALID_FIELD", failure, language, Map.of("field", invalid.field()));
            case ConfigRejected rejected -> refusal(400, "INVALID_CONFIGURATION", failure, language,
                    Map.of("field", rejected.field()));
            case InvalidAccount invalid -> refusal(400, invalid.code(), failure, language, Map.of("field", invalid.field()));
            case VersionRequired required -> refusal(428, "VERSION_REQUIRED", failure, language, Map.of("field", "version"));
            case NotPermitted forbidden -> refusal(403, "FORBIDDEN", failure, language, Map.of());
            case ComplaintNotFound notFound -> refusal(404, "NOT_FOUND", failure, language, Map.of());
            case NoSuchResource notFound -> refusal(404, "NOT_FOUND", failure, language, Map.of());
            case MoveNotAllowed refused -> refusal(409, "MOVE_NOT_ALLOWED", failure, language, Map.of(
                    "status", refused.status().name(),
                    "allowed", refused.allowed().stream().map(ActionKind::name).sorted().toList()));
            case VersionConflict stale -> {
                var refusal = refusal(409, "STALE_VERSION", failure, language,
                        Map.of("currentVersion", stale.currentVersion()));
                yield new Refusal(refusal.status(), refusal.error(), stale.currentVersion());
            }
            case ActionConflict conflict -> refusal(409, conflict.code(), failure, language,
                    Map.of("options", conflict.options()));
            case InstagramRefused refused -> refusal(502, "INSTAGRAM_REFUSED", failure, language,
                    Map.of("kind", refused.failure().kind().name()));
            case ReplyNotQueued notQueued -> {
                log.error("reply not queued", notQueued.getCause(), Map.of("requestId", requestId,
                        "replyId", notQueued.replyId(), "recordedAsFailed", notQueued.recorded()));
                yield refusal(503, "REPLY_NOT_QUEUED", failure, language, Map.of("replyId", notQueued.replyId()));
            }
            case WriteOutcomeUnknown unknown -> {
                log.warn("write outcome unknown", Map.of("requestId", requestId,
                        "cause", String.valueOf(unknown.getCause())));
                yield refusal(503, "OUTCOME_UNKNOWN", failure, language, Map.of());
            }
            case RuntimeException unavailable when ServiceUnavailable.isCause(unavailable) -> {
                log.warn("store unavailable", Map.of("requestId", requestId, "cause", String.valueOf(unavailable)));
                yield new Refusal(503, error("STORE_UNAVAILABLE",
                        Phrasebook.say(Phrase.of("error.storeUnavailable"), language), Map.of()), null);
            }
            default -> {
                log.error("request failed", failure, Map.of("requestId", requestId));
                yield new Refusal(500, error("INTERNAL_ERROR",
                        Phrasebook.say(Phrase.of("error.internal", requestId), language), Map.of()), null);
            }
        };
    }

    static HttpResponse error(int status, String code, Phrase explanation, Language language) {
        return HttpResponse.json(status, Map.of("error", error(code, Phrasebook.say(explanation, language), Map.of())));
    }

    private static Refusal refusal(int status, String code, RuntimeException failure, Language language,
                                   Map<String, ?> more) {
        var message = failure instanceof Explained explained ? Phrasebook.say(explained.explanation(), language)
                : failure.getMessage();
        return new Refusal(status, error(code, message, more), null);
    }

    private static Map<String, Object> error(String code, String message, Map<String, ?> more) {
        var error = new LinkedHashMap<String, Object>();
        error.put("code", code);
        error.put("message", message);
        error.putAll(more);
        return error;
    }
}

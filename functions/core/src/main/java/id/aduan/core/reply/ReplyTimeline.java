package id.aduan.core.reply;

import id.aduan.core.complaint.Actor;
import id.aduan.core.complaint.TimelineEvent;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The timeline events of a reply's delivery. Each carries {@code replyId} and {@code method}, so the
 * staff API can follow one reply from QUEUED to its end; SENT and UNCERTAIN also carry {@code target},
 * from which the use of a comment's one private reply is read back.
 */
public final class ReplyTimeline {

    public static final Actor SENDER = Actor.system("reply-sender");

    private ReplyTimeline() {
    }

    /** @param confirmedBy how it was learnt: {@code graph-api} (Instagram's answer) or {@code echo} (the webhook) */
    public static TimelineEvent sent(String replyId, ReplyMethod method, String target, String instagramId,
                                     Instant at, String confirmedBy) {
        var details = identity(replyId, method);
        details.put("target", target);
        details.put("instagramId", instagramId);
        details.put("confirmedBy", confirmedBy);
        return new TimelineEvent("reply/" + replyId + "/sent", at, SENDER, TimelineEvent.Type.REPLY_SENT, null,
                details);
    }

    public static TimelineEvent failed(String replyId, ReplyMethod method, ReplyProblem problem, Instant at) {
        var details = identity(replyId, method);
        explain(details, problem);
        return new TimelineEvent("reply/" + replyId + "/failed", at, SENDER, TimelineEvent.Type.REPLY_FAILED,
                problem.reason(), details);
    }

    /** @param checkAfter when staff should look in the Instagram app if no echo has confirmed it */
    public static TimelineEvent uncertain(OutgoingReply reply, ReplyProblem problem, Instant at, Instant checkAfter) {
        var details = identity(reply.replyId(), reply.method());
        details.put("target", reply.target());
        details.put("checkAfter", checkAfter.toString());
        explain(details, problem);
        return new TimelineEvent("reply/" + reply.replyId() + "/uncertain", at, SENDER,
                TimelineEvent.Type.REPLY_UNCERTAIN, problem.reason(), details);
    }

    private static Map<String, String> identity(String replyId, ReplyMethod method) {
        var details = new LinkedHashMap<String, String>();
        details.put("replyId", replyId);
        details.put("method", method.name());
        return details;
    }

    private static void explain(Map<String, String> details, ReplyProblem problem) {
        details.put("action", problem.action());
        if (!problem.detail().isEmpty()) {
            details.put("detail", problem.detail());
        }
    }
}

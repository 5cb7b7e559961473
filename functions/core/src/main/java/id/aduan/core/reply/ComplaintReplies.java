package id.aduan.core.reply;

import id.aduan.core.complaint.Channel;
import id.aduan.core.complaint.ComplaintDetail;
import id.aduan.core.complaint.ReplyTarget;
import id.aduan.core.complaint.ReporterMessage;
import id.aduan.core.complaint.TimelineEvent;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Reads, from a complaint with its messages and timeline, what decides how it can be answered: its
 * comment (hidden? private reply used?) and the reporter's DM thread (their last message).
 */
public final class ComplaintReplies {

    private ComplaintReplies() {
    }

    public static ReplySituation situation(ComplaintDetail detail, boolean humanAgentEnabled) {
        var complaint = detail.complaint();
        var target = complaint.replyTarget();
        Optional<ReportedComment> comment = switch (target.kind()) {
            case COMMENT, LIVE_COMMENT -> Optional.of(new ReportedComment(target.instagramId(), Optional.empty(),
                    complaint.receivedAt(), hidden(detail), privateReplyUsed(detail)));
            case DM, NONE -> Optional.empty();
        };
        Optional<DirectConversation> conversation = target.kind() == ReplyTarget.Kind.DM
                ? lastDirectMessage(detail).map(at -> new DirectConversation(target.instagramId(), at))
                : Optional.empty();
        return new ReplySituation(complaint.channel(), comment, conversation, humanAgentEnabled);
    }

    public static ReplyPlan plan(ComplaintDetail detail, boolean humanAgentEnabled, Instant now) {
        return ReplyPlan.of(situation(detail, humanAgentEnabled), now);
    }

    private static boolean hidden(ComplaintDetail detail) {
        return detail.timeline().stream().anyMatch(event -> event.type() == TimelineEvent.Type.COMMENT_HIDDEN);
    }

    /** A private reply counts as used once queued or sent, unless it failed. */
    private static boolean privateReplyUsed(ComplaintDetail detail) {
        Set<String> failed = new HashSet<>();
        detail.timeline().stream().filter(event -> event.type() == TimelineEvent.Type.REPLY_FAILED)
                .forEach(event -> failed.add(event.details().get("replyId")));
        return detail.timeline().stream()
                .filter(event -> event.type() == TimelineEvent.Type.REPLY_QUEUED
                        || event.type() == TimelineEvent.Type.REPLY_SENT)
                .filter(event -> ReplyMethod.PRIVATE_REPLY.name().equals(event.details().get("method")))
                .anyMatch(event -> !failed.contains(event.details().get("replyId")));
    }

    private static Optional<Instant> lastDirectMessage(ComplaintDetail detail) {
        return detail.messages().stream()
                .filter(message -> message.channel() == Channel.DM || message.channel() == Channel.STORY_MENTION)
                .map(ReporterMessage::sentAt)
                .max(Instant::compareTo);
    }
}

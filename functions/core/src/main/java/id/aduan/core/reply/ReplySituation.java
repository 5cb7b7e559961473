package id.aduan.core.reply;

import id.aduan.core.complaint.Channel;
import id.aduan.core.complaint.ComplaintDetail;
import id.aduan.core.complaint.ReplyTarget;
import id.aduan.core.complaint.ReporterMessage;
import id.aduan.core.complaint.TimelineEvent;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What decides how a complaint can be answered: where the citizen wrote, their comment and their DM
 * thread if any, and whether this deployment passed Meta's review for the HUMAN_AGENT tag.
 */
public record ReplySituation(
        Channel channel,
        Optional<ReportedComment> comment,
        Optional<DirectConversation> conversation,
        boolean humanAgentEnabled) {

    private static final Set<Channel> COMMENTS = Set.of(Channel.COMMENT, Channel.LIVE_COMMENT);
    private static final Set<Channel> DIRECT_MESSAGES = Set.of(Channel.DM, Channel.STORY_MENTION);
    private static final Set<TimelineEvent.Type> PRIVATE_REPLY_USED =
            Set.of(TimelineEvent.Type.REPLY_SENT, TimelineEvent.Type.REPLY_UNCERTAIN);

    public ReplySituation {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(conversation, "conversation");
    }

    /**
     * The situation of a stored complaint. Its comment is the opening comment, answered publicly under
     * the complaint's reply target (the top-level comment); whether it is hidden and whether its private
     * reply was used (sent, or possibly sent) are read from the timeline. Its DM thread runs from the
     * reporter's latest direct message.
     */
    public static ReplySituation of(ComplaintDetail detail, boolean humanAgentEnabled) {
        var complaint = detail.complaint();
        Optional<ReportedComment> comment = Optional.empty();
        var target = complaint.replyTarget();
        if (target.kind() == ReplyTarget.Kind.COMMENT || target.kind() == ReplyTarget.Kind.LIVE_COMMENT) {
            comment = detail.messages().stream().filter(message -> COMMENTS.contains(message.channel()))
                    .min(Comparator.comparing(ReporterMessage::sentAt))
                    .map(opening -> new ReportedComment(opening.instagramId(),
                            Optional.ofNullable(target.instagramId()).filter(id -> !id.equals(opening.instagramId())),
                            opening.sentAt(), hidden(detail, opening.instagramId()),
                            privateReplyUsed(detail, opening.instagramId())));
        }
        var conversation = detail.messages().stream().filter(message -> DIRECT_MESSAGES.contains(message.channel()))
                .map(ReporterMessage::sentAt)
                .max(Comparator.naturalOrder())
                .map(last -> new DirectConversation(complaint.reporter().instagramId(), last));
        return new ReplySituation(complaint.channel(), comment, conversation, humanAgentEnabled);
    }

    /** Hidden when the latest COMMENT_HIDDEN event about the comment did not unhide it ({@code hidden=false}). */
    private static boolean hidden(ComplaintDetail detail, String commentId) {
        return detail.timeline().stream()
                .filter(event -> event.type() == TimelineEvent.Type.COMMENT_HIDDEN)
                .filter(event -> commentId.equals(event.details().get("instagramId")))
                .max(Comparator.comparing(TimelineEvent::at))
                .map(event -> !"false".equals(event.details().get("hidden")))
                .orElse(false);
    }

    private static boolean privateReplyUsed(ComplaintDetail detail, String commentId) {
        return detail.timeline().stream()
                .filter(event -> PRIVATE_REPLY_USED.contains(event.type()))
                .anyMatch(event -> ReplyMethod.PRIVATE_REPLY.name().equals(event.details().get("method"))
                        && commentId.equals(event.details().get("target")));
    }
}

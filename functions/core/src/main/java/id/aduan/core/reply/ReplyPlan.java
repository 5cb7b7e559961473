package id.aduan.core.reply;

import id.aduan.core.complaint.Channel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which reply methods remain for a complaint at a given moment, and why each other one does not.
 * Instagram's rules: a public reply goes under a visible, non-live comment; a DM within 24 hours of the
 * citizen's last message, or within 7 days with the HUMAN_AGENT tag; one private reply per comment
 * within 7 days of the comment. Mentions sit on other accounts' media, where none of the comment
 * methods apply.
 */
public record ReplyPlan(List<ReplyOption> options, Map<ReplyMethod, Unavailable> unavailable) {

    private static final Duration STANDARD_WINDOW = Duration.ofHours(24);
    private static final Duration HUMAN_AGENT_WINDOW = Duration.ofDays(7);
    private static final Duration PRIVATE_REPLY_WINDOW = Duration.ofDays(7);

    public ReplyPlan {
        options = List.copyOf(options);
        unavailable = Map.copyOf(unavailable);
    }

    public static ReplyPlan of(ReplySituation situation, Instant now) {
        var options = new ArrayList<ReplyOption>();
        var unavailable = new EnumMap<ReplyMethod, Unavailable>(ReplyMethod.class);
        for (ReplyMethod method : ReplyMethod.values()) {
            switch (check(method, situation, now)) {
                case Open(ReplyOption option) -> options.add(option);
                case Closed(Unavailable reason) -> unavailable.put(method, reason);
            }
        }
        return new ReplyPlan(options, unavailable);
    }

    public boolean canReply() {
        return !options.isEmpty();
    }

    public Optional<ReplyOption> option(ReplyMethod method) {
        return options.stream().filter(option -> option.method() == method).findFirst();
    }

    private static Check check(ReplyMethod method, ReplySituation situation, Instant now) {
        return switch (method) {
            case PUBLIC_COMMENT_REPLY -> publicReply(situation);
            case PRIVATE_REPLY -> privateReply(situation, now);
            case DM -> directMessage(situation, now);
            case DM_HUMAN_AGENT -> humanAgentMessage(situation, now);
        };
    }

    private static Check publicReply(ReplySituation situation) {
        if (situation.channel() == Channel.LIVE_COMMENT) {
            return new Closed(Unavailable.LIVE_COMMENT);
        }
        return onComment(situation, comment -> comment.hidden()
                ? new Closed(Unavailable.COMMENT_HIDDEN)
                : new Open(new ReplyOption(ReplyMethod.PUBLIC_COMMENT_REPLY, comment.publicReplyTarget(), Optional.empty())));
    }

    private static Check privateReply(ReplySituation situation, Instant now) {
        return onComment(situation, comment -> comment.privateReplySent()
                ? new Closed(Unavailable.PRIVATE_REPLY_ALREADY_SENT)
                : openUntil(ReplyMethod.PRIVATE_REPLY, comment.commentId(),
                        comment.postedAt().plus(PRIVATE_REPLY_WINDOW), now, Unavailable.PRIVATE_REPLY_EXPIRED));
    }

    private static Check directMessage(ReplySituation situation, Instant now) {
        return inConversation(situation, conversation -> openUntil(ReplyMethod.DM, conversation.reporterIgsid(),
                conversation.lastMessageAt().plus(STANDARD_WINDOW), now, Unavailable.MESSAGING_WINDOW_CLOSED));
    }

    private static Check humanAgentMessage(ReplySituation situation, Instant now) {
        return inConversation(situation, conversation -> {
            if (now.isBefore(conversation.lastMessageAt().plus(STANDARD_WINDOW))) {
                return new Closed(Unavailable.STANDARD_WINDOW_OPEN);
            }
            if (!situation.humanAgentEnabled()) {
                return new Closed(Unavailable.HUMAN_AGENT_NOT_ENABLED);
            }
            return openUntil(ReplyMethod.DM_HUMAN_AGENT, conversation.reporterIgsid(),
                    conversation.lastMessageAt().plus(HUMAN_AGENT_WINDOW), now, Unavailable.HUMAN_AGENT_WINDOW_CLOSED);
        });
    }

    private static Check onComment(ReplySituation situation, Function<ReportedComment, Check> check) {
        if (situation.channel() == Channel.MENTION_COMMENT || situation.channel() == Channel.MENTION_MEDIA) {
            return new Closed(Unavailable.MENTION_ELSEWHERE);
        }
        return situation.comment().map(check).orElse(new Closed(Unavailable.NOT_A_COMMENT));
    }

    private static Check inConversation(ReplySituation situation, Function<DirectConversation, Check> check) {
        return situation.conversation().map(check).orElse(new Closed(Unavailable.NO_MESSAGE_FROM_REPORTER));
    }

    private static Check openUntil(ReplyMethod method, String target, Instant closesAt, Instant now, Unavailable closed) {
        return now.isBefore(closesAt) ? new Open(new ReplyOption(method, target, Optional.of(closesAt))) : new Closed(closed);
    }

    private sealed interface Check permits Open, Closed {
    }

    private record Open(ReplyOption option) implements Check {
    }

    private record Closed(Unavailable reason) implements Check {
    }
}

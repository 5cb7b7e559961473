package id.aduan.core.reply;

import id.aduan.core.complaint.Channel;
import java.util.Objects;
import java.util.Optional;

/**
 * What decides how a complaint can be answered: where the citizen wrote, their comment and their DM
 * thread if any, and whether this deployment passed Meta's review for the HUMAN_AGENT tag.
 */
public record ReplySituation(
        Channel channel,
        Optional<ReportedComment> comment,
        Optional<DirectConversation> conversation,
        boolean humanAgentEnabled) {

    public ReplySituation {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(conversation, "conversation");
    }
}

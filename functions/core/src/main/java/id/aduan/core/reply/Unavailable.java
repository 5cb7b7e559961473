package id.aduan.core.reply;

import id.aduan.core.language.Labelled;

/** Why a reply method cannot be used for a complaint now. {@link #label()} is what staff see. */
public enum Unavailable implements Labelled {
    NOT_A_COMMENT,
    MENTION_ELSEWHERE,
    LIVE_COMMENT,
    COMMENT_HIDDEN,
    PRIVATE_REPLY_ALREADY_SENT,
    PRIVATE_REPLY_EXPIRED,
    NO_MESSAGE_FROM_REPORTER,
    MESSAGING_WINDOW_CLOSED,
    STANDARD_WINDOW_OPEN,
    HUMAN_AGENT_NOT_ENABLED,
    HUMAN_AGENT_WINDOW_CLOSED;

    @Override
    public String labelGroup() {
        return "unavailable";
    }
}

package id.aduan.core.reply;

import id.aduan.core.language.Labelled;

/** The ways staff can answer a citizen on Instagram. {@link #label()} is what staff see. */
public enum ReplyMethod implements Labelled {
    PUBLIC_COMMENT_REPLY,
    DM,
    /** A direct message tagged HUMAN_AGENT: allowed up to 7 days after the citizen's last message. */
    DM_HUMAN_AGENT,
    /** One direct message to the author of a comment, once per comment. */
    PRIVATE_REPLY;

    @Override
    public String labelGroup() {
        return "replyMethod";
    }
}

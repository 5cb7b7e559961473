package id.aduan.core.reply;

import id.aduan.core.language.Language;
import id.aduan.core.language.Phrase;
import id.aduan.core.language.Phrasebook;

/** The ways staff can answer a citizen on Instagram. {@link #label()} is what staff see. */
public enum ReplyMethod {
    PUBLIC_COMMENT_REPLY,
    DM,
    /** A direct message tagged HUMAN_AGENT: allowed up to 7 days after the citizen's last message. */
    DM_HUMAN_AGENT,
    /** One direct message to the author of a comment, once per comment. */
    PRIVATE_REPLY;

    /** What staff see, in Indonesian (alerts, digests, replies). */
    public String label() {
        return label(Language.INDONESIAN);
    }

    public String label(Language language) {
        return Phrasebook.label(phrase().key(), language);
    }

    public Phrase phrase() {
        return Phrase.of("replyMethod." + name());
    }
}

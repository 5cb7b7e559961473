package id.aduan.core.instagram;

import id.aduan.core.language.Phrase;
import java.util.Objects;

/**
 * The text of a public reply under a comment. A public reply is never shortened behind the writer's
 * back: text over Instagram's limit is rejected so that staff can rewrite it.
 */
public record CommentText(String value) {

    /** Instagram's limit for a comment, counted here in Unicode code points. */
    public static final int MAX_CHARACTERS = 2200;

    public CommentText {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new ReplyTextRejected(Phrase.of("error.reply.publicNeedsText"));
        }
        int characters = value.codePointCount(0, value.length());
        if (characters > MAX_CHARACTERS) {
            throw new ReplyTextRejected(Phrase.of("error.reply.publicTooLong", MAX_CHARACTERS, characters));
        }
    }
}

package id.aduan.core.reply;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The citizen's comment a complaint came from, as far as replying to it matters.
 *
 * @param parentCommentId the top-level comment when this comment is itself a reply
 * @param privateReplySent whether the one private reply this comment allows was already used
 */
public record ReportedComment(
        String commentId, Optional<String> parentCommentId, Instant postedAt, boolean hidden, boolean privateReplySent) {

    public ReportedComment {
        Objects.requireNonNull(commentId, "commentId");
        Objects.requireNonNull(parentCommentId, "parentCommentId");
        Objects.requireNonNull(postedAt, "postedAt");
    }

    /** Instagram threads one level deep: a reply to a reply lands under the top-level comment. */
    public String publicReplyTarget() {
        return parentCommentId.orElse(commentId);
    }
}

package id.aduan.core.instagram;

/**
 * What Aduan asks of Instagram. Every call is synchronous and answers with a {@link GraphResult}: the
 * Instagram id on success, or a {@link GraphFailure} that says whether and when to try again. Platform
 * errors are never thrown; retrying is the caller's business.
 */
public interface InstagramClient {

    /** Posts a public reply under a top-level comment; succeeds with the new comment's id. */
    GraphResult<String> replyToComment(String commentId, CommentText text);

    /** Sends a direct message to a citizen's Instagram-scoped id, inside the given messaging window. */
    GraphResult<SentMessage> sendDirectMessage(String recipientIgsid, DirectMessageText text, MessagingWindow window);

    /** Sends the one private reply a comment allows, as a direct message to its author. */
    GraphResult<SentMessage> sendPrivateReply(String commentId, DirectMessageText text);

    /** Hides a comment from everyone but its author; succeeds with the comment's id. */
    GraphResult<String> hideComment(String commentId);

    /** Shows a hidden comment again; succeeds with the comment's id. */
    GraphResult<String> unhideComment(String commentId);

    /** Reads a comment on another account's media in which this account was @mentioned. */
    GraphResult<Mention> fetchMentionedComment(String commentId);

    /** Reads another account's media whose caption @mentions this account. */
    GraphResult<Mention> fetchMentionedMedia(String mediaId);
}

package id.aduan.core.complaint;

/** Where on Instagram the citizen wrote. */
public enum Channel {
    /** A comment on a post or reel. */
    COMMENT,
    /** A comment during a live broadcast: it cannot be replied to publicly. */
    LIVE_COMMENT,
    /** The account was @mentioned in a comment; the text is fetched separately. */
    MENTION_COMMENT,
    /** The account was @mentioned in a media caption; the caption is fetched separately. */
    MENTION_MEDIA,
    /** A direct message. */
    DM,
    /** The account was mentioned in the citizen's story, delivered as a DM attachment. */
    STORY_MENTION
}

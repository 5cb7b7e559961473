package id.aduan.core.complaint;

import java.util.Objects;

/** Where an answer to the reporter goes: under their top-level comment, or into their DMs. */
public record ReplyTarget(Kind kind, String instagramId) {

    public enum Kind {
        /** A public reply under this top-level comment (or a private reply to its author). */
        COMMENT,
        /** A live-video comment: no public reply is possible, only a private reply. */
        LIVE_COMMENT,
        /** A direct message to this Instagram-scoped user id. */
        DM,
        /** Not known yet (a mention whose comment or caption has not been fetched). */
        NONE
    }

    public ReplyTarget {
        Objects.requireNonNull(kind, "kind");
    }

    public static ReplyTarget none() {
        return new ReplyTarget(Kind.NONE, null);
    }
}

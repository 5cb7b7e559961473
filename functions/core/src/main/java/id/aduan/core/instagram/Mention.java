package id.aduan.core.instagram;

import java.time.Instant;
import java.util.Objects;

/**
 * A comment or a media caption on another account's post that @mentions this account. The webhook
 * carries only its id; this is what it said, who said it and when.
 *
 * @param text the comment's text or the media's caption; empty when a media has no caption
 */
public record Mention(String instagramId, String text, String username, Instant postedAt) {

    public Mention {
        Objects.requireNonNull(instagramId, "instagramId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(postedAt, "postedAt");
    }
}

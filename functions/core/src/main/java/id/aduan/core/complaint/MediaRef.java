package id.aduan.core.complaint;

import java.util.Objects;

/**
 * A piece of media a message refers to: an attachment sent in a DM (photo, video, story mention…), or
 * the post, reel or live video a comment was written on. Instagram's attachment URLs expire, so the
 * reference records what was sent; fetching and keeping the media is a separate step.
 *
 * @param type        attachment type ({@code image}, {@code story_mention}…) or media product type
 *                    ({@code FEED}, {@code REELS}, {@code LIVE}…)
 * @param instagramId the media id, where Instagram gives one
 * @param url         where to fetch it, where Instagram gives one
 */
public record MediaRef(String type, String instagramId, String url) {
    public MediaRef {
        Objects.requireNonNull(type, "type");
    }

    public static MediaRef attachment(String type, String url) {
        return new MediaRef(type, null, url);
    }

    public static MediaRef post(String productType, String mediaId) {
        return new MediaRef(productType == null ? "MEDIA" : productType, mediaId, null);
    }
}

package id.aduan.core.complaint;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Something the reporter sent that belongs to a complaint: the comment or DM that opened it, and every
 * follow-up. Edits replace the text and count up; an unsent message is kept and marked as such.
 *
 * @param instagramTime the time Instagram gave, kept for the record when it could not be true and
 *                      {@code sentAt} is the time received instead; null otherwise
 */
public record ReporterMessage(String instagramId, Channel channel, String text, List<MediaRef> media,
                              Instant sentAt, int editCount, boolean unsent, Instant instagramTime) {

    public ReporterMessage {
        Objects.requireNonNull(instagramId, "instagramId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(sentAt, "sentAt");
        media = media == null ? List.of() : List.copyOf(media);
    }

    public static ReporterMessage received(String instagramId, Channel channel, String text, List<MediaRef> media,
                                           Instant sentAt) {
        return new ReporterMessage(instagramId, channel, text, media, sentAt, 0, false, null);
    }

    public ReporterMessage withInstagramTime(Instant time) {
        return new ReporterMessage(instagramId, channel, text, media, sentAt, editCount, unsent, time);
    }

    public ReporterMessage edited(String newText, int editNumber) {
        return new ReporterMessage(instagramId, channel, newText, media, sentAt, editNumber, unsent, instagramTime);
    }

    public ReporterMessage markedUnsent() {
        return new ReporterMessage(instagramId, channel, text, media, sentAt, editCount, true, instagramTime);
    }
}

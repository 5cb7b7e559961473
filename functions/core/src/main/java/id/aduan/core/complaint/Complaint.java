package id.aduan.core.complaint;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A citizen's complaint as the team works it: opened by the first comment or DM, followed by every
 * later message of the same reporter in the same thread.
 *
 * <p>{@code version} counts the changes staff made; a write carries the version it read, so two
 * concurrent changes can never both apply.
 */
public record Complaint(ComplaintId id, TrackingCode trackingCode, Status status, Channel channel, String account,
                        Reporter reporter, String text, List<MediaRef> media, ReplyTarget replyTarget,
                        Instant receivedAt, Instant lastMessageAt, int messageCount, boolean contentPending,
                        Instant firstResponseAt, TriageState triage, long version) {

    public Complaint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(trackingCode, "trackingCode");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(reporter, "reporter");
        Objects.requireNonNull(replyTarget, "replyTarget");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(triage, "triage");
        media = media == null ? List.of() : List.copyOf(media);
    }

    /** A complaint as it is first captured from its opening message: NEW, untriaged, version 1. */
    public static Complaint open(ComplaintId id, TrackingCode code, String account, Reporter reporter,
                                 ReporterMessage opening, ReplyTarget replyTarget, boolean contentPending) {
        return new Complaint(id, code, Status.NEW, opening.channel(), account, reporter, opening.text(),
                opening.media(), replyTarget, opening.sentAt(), opening.sentAt(), 1, contentPending, null,
                TriageState.PENDING, 1);
    }

    public Complaint withTrackingCode(TrackingCode code) {
        return new Complaint(id, code, status, channel, account, reporter, text, media, replyTarget, receivedAt,
                lastMessageAt, messageCount, contentPending, firstResponseAt, triage, version);
    }

    /** The complaint with its opening message's text replaced (the reporter edited it). */
    public Complaint withText(String newText) {
        return new Complaint(id, trackingCode, status, channel, account, reporter, newText, media, replyTarget,
                receivedAt, lastMessageAt, messageCount, contentPending, firstResponseAt, triage, version);
    }

    public boolean acceptsFollowUps() {
        return !status.isFinal();
    }
}

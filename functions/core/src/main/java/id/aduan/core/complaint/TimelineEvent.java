package id.aduan.core.complaint;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One entry in a complaint's append-only history: who, when, what and why. Events are written in the
 * same transaction as the change they describe and never edited.
 *
 * <p>{@code key} makes an event idempotent: the same Instagram object or the same action always yields
 * the same key, so a retried write cannot record it twice.
 */
public record TimelineEvent(String key, Instant at, Actor actor, Type type, String reason,
                            Map<String, String> details) {

    public enum Type {
        RECEIVED,
        MESSAGE_ADDED,
        MESSAGE_EDITED,
        MESSAGE_UNSENT,
        RESPONDED_ON_INSTAGRAM,
        CONTENT_FETCHED,
        STATUS_CHANGED,
        ROUTED,
        PRIORITY_CHANGED,
        ASSIGNED,
        NOTE_ADDED,
        MERGED,
        REPLY_QUEUED,
        REPLY_SENT,
        REPLY_FAILED,
        /** Instagram's answer left open whether the reply went out; its echo will tell, or staff check. */
        REPLY_UNCERTAIN,
        COMMENT_HIDDEN,
        SLA_WARNING,
        SLA_BREACH
    }

    public TimelineEvent {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(type, "type");
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    public static TimelineEvent received(ReporterMessage opening) {
        return new TimelineEvent(opening.instagramId(), opening.sentAt(), Actor.REPORTER, Type.RECEIVED, null,
                Map.of("channel", opening.channel().name(), "instagramId", opening.instagramId()));
    }

    public static TimelineEvent messageAdded(ReporterMessage message) {
        return new TimelineEvent(message.instagramId(), message.sentAt(), Actor.REPORTER, Type.MESSAGE_ADDED, null,
                Map.of("channel", message.channel().name(), "instagramId", message.instagramId()));
    }

    public static TimelineEvent messageEdited(String messageId, String previousText, int editNumber, Instant at) {
        var details = new LinkedHashMap<String, String>();
        details.put("instagramId", messageId);
        details.put("editNumber", Integer.toString(editNumber));
        if (previousText != null) {
            details.put("previousText", previousText);
        }
        return new TimelineEvent("edit/" + messageId + "/" + editNumber, at, Actor.REPORTER, Type.MESSAGE_EDITED,
                null, details);
    }

    public static TimelineEvent messageUnsent(String messageId, Instant at) {
        return new TimelineEvent("unsent/" + messageId, at, Actor.REPORTER, Type.MESSAGE_UNSENT, null,
                Map.of("instagramId", messageId));
    }

    /** The text of a mention was fetched from the Graph API and triaged. */
    public static TimelineEvent contentFetched(String instagramId, Instant at) {
        return new TimelineEvent("content/" + instagramId, at, Actor.system("mention-content"), Type.CONTENT_FETCHED,
                null, Map.of("instagramId", instagramId));
    }

    /** The text of a mention could not be fetched; staff read it in the Instagram app. */
    public static TimelineEvent contentUnavailable(String instagramId, String problem, Instant at) {
        return new TimelineEvent("content/" + instagramId, at, Actor.system("mention-content"), Type.CONTENT_FETCHED,
                "teks mention tidak dapat diambil; baca langsung di aplikasi Instagram",
                Map.of("instagramId", instagramId, "problem", problem));
    }

    /** The team answered in the Instagram app (or its echo of a reply Aduan sent). */
    public static TimelineEvent respondedOnInstagram(String instagramId, ReplyTarget.Kind via, Instant at) {
        return new TimelineEvent("response/" + instagramId, at, Actor.INSTAGRAM_APP, Type.RESPONDED_ON_INSTAGRAM,
                null, Map.of("instagramId", instagramId, "via", via.name()));
    }
}

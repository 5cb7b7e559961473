package id.aduan.core.complaint;

import id.aduan.core.kernel.Priority;
import id.aduan.core.kernel.Status;
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
        /** The complaint continues a closed or rejected one of the same reporter and thread. */
        FOLLOW_UP_OF,
        MESSAGE_ADDED,
        MESSAGE_EDITED,
        MESSAGE_UNSENT,
        RESPONDED_ON_INSTAGRAM,
        CONTENT_FETCHED,
        /** A mention's text could not be fetched, after every attempt: staff read it in the Instagram app. */
        CONTENT_UNAVAILABLE,
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
        SLA_BREACH,
        /** The reporter's personal data was erased: at their request, or when the retention period ended. */
        PERSONAL_DATA_ERASED
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
                messageDetails(opening));
    }

    public static TimelineEvent messageAdded(ReporterMessage message) {
        return new TimelineEvent(message.instagramId(), message.sentAt(), Actor.REPORTER, Type.MESSAGE_ADDED, null,
                messageDetails(message));
    }

    /** The message's channel and id, and the time Instagram gave when it was replaced by the time received. */
    private static Map<String, String> messageDetails(ReporterMessage message) {
        var details = new LinkedHashMap<String, String>();
        details.put("channel", message.channel().name());
        details.put("instagramId", message.instagramId());
        if (message.instagramTime() != null) {
            details.put("instagramTime", message.instagramTime().toString());
        }
        return details;
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

    /**
     * The reporter wrote again in the thread of a complaint that no longer takes messages (closed or
     * rejected): the new complaint says which one it continues.
     */
    public static TimelineEvent followUpOf(ComplaintId previous, TrackingCode previousCode, Instant at) {
        return new TimelineEvent("follow-up-of/" + previous.value(), at, Actor.REPORTER, Type.FOLLOW_UP_OF,
                "lanjutan dari " + previousCode.value(),
                Map.of("previousId", previous.value(), "previousTrackingCode", previousCode.value()));
    }

    /** The text of a mention could not be fetched; staff read it in the Instagram app. */
    public static TimelineEvent contentUnavailable(String instagramId, String problem, Instant at) {
        return new TimelineEvent("content/" + instagramId, at, Actor.system("mention-content"), Type.CONTENT_UNAVAILABLE,
                "teks mention tidak dapat diambil; baca langsung di aplikasi Instagram",
                Map.of("instagramId", instagramId, "problem", problem));
    }

    /** The team answered in the Instagram app (or its echo of a reply Aduan sent). */
    public static TimelineEvent respondedOnInstagram(String instagramId, ReplyTarget.Kind via, Instant at) {
        return new TimelineEvent("response/" + instagramId, at, Actor.INSTAGRAM_APP, Type.RESPONDED_ON_INSTAGRAM,
                null, Map.of("instagramId", instagramId, "via", via.name()));
    }

    /** A workflow move by staff, or by the reporter's answer; {@code more} adds what the move set. */
    public static TimelineEvent statusChanged(String key, Instant at, Actor actor, Status from, Status to,
                                              String reason, Map<String, String> more) {
        var details = details("from", from.name(), "to", to.name());
        details.putAll(more);
        return new TimelineEvent(key, at, actor, Type.STATUS_CHANGED, reason, details);
    }

    /** The unit changed (or was first set); {@code fromUnit} is null when it had none. */
    public static TimelineEvent routed(String key, Instant at, Actor actor, String fromUnit, String toUnit,
                                       String reason) {
        return new TimelineEvent(key, at, actor, Type.ROUTED, reason, details("from", fromUnit, "to", toUnit));
    }

    public static TimelineEvent priorityChanged(String key, Instant at, Actor actor, Priority from, Priority to,
                                                String reason) {
        return new TimelineEvent(key, at, actor, Type.PRIORITY_CHANGED, reason,
                details("from", from.name(), "to", to.name()));
    }

    /** {@code to} is null when the complaint was given back to its unit. */
    public static TimelineEvent assigned(String key, Instant at, Actor actor, Assignee from, Assignee to) {
        var details = details("fromId", from == null ? null : from.id(), "toId", to == null ? null : to.id());
        if (to != null && to.name() != null) {
            details.put("toName", to.name());
        }
        return new TimelineEvent(key, at, actor, Type.ASSIGNED, null, details);
    }

    public static TimelineEvent noteAdded(String key, Instant at, Actor actor, String text) {
        return new TimelineEvent(key, at, actor, Type.NOTE_ADDED, null, Map.of("text", text));
    }

    /** Recorded on the original: the duplicate was merged into it and its messages show with it. */
    public static TimelineEvent merged(ComplaintId duplicate, TrackingCode duplicateCode, Instant at, Actor actor,
                                       String note) {
        return new TimelineEvent("merged/" + duplicate.value(), at, actor, Type.MERGED, note,
                Map.of("duplicateId", duplicate.value(), "duplicateTrackingCode", duplicateCode.value()));
    }

    /**
     * A reply handed to the reply sender. {@code replyId} ties it to its SENT or FAILED event later;
     * the text is the one queued, so the timeline shows what the reporter will read.
     */
    public static TimelineEvent replyQueued(String replyId, String method, String template, String text, Instant at,
                                            Actor actor) {
        var details = details("replyId", replyId, "method", method);
        details.putAll(details("template", template, "text", text));
        return new TimelineEvent("reply/" + replyId, at, actor, Type.REPLY_QUEUED, null, details);
    }

    /** A queued reply that never reached the reply queue: it will not be sent, and staff may queue it again. */
    public static TimelineEvent replyNotQueued(String replyId, String method, Instant at, Actor actor) {
        return new TimelineEvent("reply/" + replyId + "/not-queued", at, actor, Type.REPLY_FAILED,
                "NOT_QUEUED", Map.of("replyId", replyId, "method", method));
    }

    /** The reporter's comment was hidden on Instagram ({@code hidden=true}; see ReplySituation). */
    public static TimelineEvent commentHidden(String key, String commentId, Instant at, Actor actor) {
        return new TimelineEvent(key, at, actor, Type.COMMENT_HIDDEN, null,
                Map.of("instagramId", commentId, "hidden", "true"));
    }

    /** Details in the order given, leaving out absent values. */
    private static Map<String, String> details(String k1, String v1, String k2, String v2) {
        var details = new LinkedHashMap<String, String>();
        if (v1 != null) {
            details.put(k1, v1);
        }
        if (v2 != null) {
            details.put(k2, v2);
        }
        return details;
    }
}

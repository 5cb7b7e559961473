package id.aduan.adapters.dynamodb;

import id.aduan.core.complaint.Actor;
import id.aduan.core.complaint.Channel;
import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.complaint.MediaRef;
import id.aduan.core.complaint.ReplyTarget;
import id.aduan.core.complaint.Reporter;
import id.aduan.core.complaint.ReporterMessage;
import id.aduan.core.complaint.Status;
import id.aduan.core.complaint.TimelineEvent;
import id.aduan.core.complaint.TrackingCode;
import id.aduan.core.complaint.TriageState;
import id.aduan.core.ingest.ObjectClaim;
import id.aduan.core.ingest.PendingChange;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Converts between core values and their stored items. */
final class ItemMapping {

    private ItemMapping() {
    }

    static ComplaintItem toItem(Complaint complaint) {
        var item = new ComplaintItem();
        item.pk = Keys.complaint(complaint.id());
        item.sk = Keys.COMPLAINT_SK;
        item.id = complaint.id().value();
        item.trackingCode = complaint.trackingCode().value();
        item.status = complaint.status().name();
        item.channel = complaint.channel().name();
        item.account = complaint.account();
        item.reporterId = complaint.reporter().instagramId();
        item.reporterUsername = complaint.reporter().username();
        item.text = complaint.text();
        item.media = toMaps(complaint.media());
        item.replyTargetKind = complaint.replyTarget().kind().name();
        item.replyTargetId = complaint.replyTarget().instagramId();
        item.receivedAt = Keys.time(complaint.receivedAt());
        item.lastMessageAt = Keys.time(complaint.lastMessageAt());
        item.messageCount = complaint.messageCount();
        item.contentPending = complaint.contentPending();
        item.firstResponseAt = complaint.firstResponseAt() == null ? null : Keys.time(complaint.firstResponseAt());
        item.triage = Map.of("state", "PENDING");
        item.version = complaint.version();
        item.statusQueue = Keys.statusQueue(complaint.status().name());
        item.queueOrder = Keys.queueOrder(complaint.receivedAt(), complaint.id());
        return item;
    }

    static Complaint toComplaint(ComplaintItem item) {
        return new Complaint(new ComplaintId(item.id), new TrackingCode(item.trackingCode), Status.valueOf(item.status),
                Channel.valueOf(item.channel), item.account, new Reporter(item.reporterId, item.reporterUsername),
                item.text, toMedia(item.media),
                new ReplyTarget(ReplyTarget.Kind.valueOf(item.replyTargetKind), item.replyTargetId),
                Keys.parseTime(item.receivedAt), Keys.parseTime(item.lastMessageAt),
                item.messageCount == null ? 1 : item.messageCount, Boolean.TRUE.equals(item.contentPending),
                Keys.parseTime(item.firstResponseAt), TriageState.PENDING, item.version == null ? 1 : item.version);
    }

    static MessageItem toItem(ComplaintId complaint, ReporterMessage message) {
        var item = new MessageItem();
        item.pk = Keys.complaint(complaint);
        item.sk = Keys.message(message.sentAt(), message.instagramId());
        item.instagramId = message.instagramId();
        item.channel = message.channel().name();
        item.text = message.text();
        item.media = toMaps(message.media());
        item.sentAt = Keys.time(message.sentAt());
        item.editCount = message.editCount();
        item.unsent = message.unsent();
        return item;
    }

    static ReporterMessage toMessage(MessageItem item) {
        return new ReporterMessage(item.instagramId, Channel.valueOf(item.channel), item.text, toMedia(item.media),
                Keys.parseTime(item.sentAt), item.editCount == null ? 0 : item.editCount,
                Boolean.TRUE.equals(item.unsent));
    }

    static EventItem toItem(ComplaintId complaint, TimelineEvent event) {
        var item = new EventItem();
        item.pk = Keys.complaint(complaint);
        item.sk = Keys.event(event.at(), event.key());
        item.key = event.key();
        item.at = Keys.time(event.at());
        item.actorKind = event.actor().kind().name();
        item.actorId = event.actor().id();
        item.actorName = event.actor().name();
        item.type = event.type().name();
        item.reason = event.reason();
        item.details = event.details().isEmpty() ? null : new HashMap<>(event.details());
        return item;
    }

    static TimelineEvent toEvent(EventItem item) {
        return new TimelineEvent(item.key, Keys.parseTime(item.at),
                new Actor(Actor.Kind.valueOf(item.actorKind), item.actorId, item.actorName),
                TimelineEvent.Type.valueOf(item.type), item.reason, item.details);
    }

    static ObjectClaim toClaim(ClaimItem item) {
        var claimKey = item.pk.substring("IG#".length());
        if (item.pendingAt != null) {
            return ObjectClaim.placeholder(claimKey, new PendingChange(item.pendingText,
                    item.pendingEditNumber == null ? 0 : item.pendingEditNumber, Boolean.TRUE.equals(item.pendingUnsent),
                    Keys.parseTime(item.pendingAt)));
        }
        return new ObjectClaim(claimKey, item.complaintId == null ? null : new ComplaintId(item.complaintId),
                item.reporterId, Keys.parseTime(item.messageSentAt), Boolean.TRUE.equals(item.opening), null);
    }

    private static List<Map<String, String>> toMaps(List<MediaRef> media) {
        if (media.isEmpty()) {
            return null;
        }
        return media.stream().map(ref -> {
            var map = new HashMap<String, String>();
            map.put("type", ref.type());
            if (ref.instagramId() != null) {
                map.put("id", ref.instagramId());
            }
            if (ref.url() != null) {
                map.put("url", ref.url());
            }
            return (Map<String, String>) map;
        }).toList();
    }

    private static List<MediaRef> toMedia(List<Map<String, String>> maps) {
        if (maps == null) {
            return List.of();
        }
        return maps.stream().map(m -> new MediaRef(m.get("type"), m.get("id"), m.get("url"))).toList();
    }
}

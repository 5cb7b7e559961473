package id.aduan.adapters.dynamodb;

import id.aduan.adapters.observability.LogContext;
import id.aduan.core.complaint.Actor;
import id.aduan.core.complaint.Assignee;
import id.aduan.core.complaint.Channel;
import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.complaint.MediaRef;
import id.aduan.core.complaint.Rejection;
import id.aduan.core.complaint.RejectionReason;
import id.aduan.core.complaint.ReplyTarget;
import id.aduan.core.complaint.Reporter;
import id.aduan.core.complaint.ReporterMessage;
import id.aduan.core.complaint.TimelineEvent;
import id.aduan.core.complaint.TrackingCode;
import id.aduan.core.erasure.RetentionPolicy;
import id.aduan.core.ingest.ObjectClaim;
import id.aduan.core.ingest.PendingChange;
import id.aduan.core.kernel.Priority;
import id.aduan.core.kernel.Status;
import id.aduan.core.report.Move;
import id.aduan.core.report.Topic;
import id.aduan.core.sla.ClockState;
import id.aduan.core.sla.ComplaintClocks;
import id.aduan.core.triage.DuplicateFeatures;
import id.aduan.core.triage.Place;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Converts between core values and their stored items. */
final class ItemMapping {

    private ItemMapping() {
    }

    /**
     * A new complaint, with the features duplicate detection compares later messages with and the id of
     * the delivery it came from (the correlation id of the scope it is taken in), which later work on
     * it logs.
     */
    static ComplaintItem toItem(Keys.TenantKeys keys, Complaint complaint, DuplicateFeatures features) {
        var item = toItem(keys, complaint);
        item.correlationId = LogContext.deliveryId().orElse(null);
        if (features != null) {
            item.signature = features.text().encoded();
            item.places = features.places().isEmpty() ? null
                    : features.places().stream().map(Place::toString).sorted().toList();
            item.threadKey = features.threadKey();
            item.topic = features.topic();
            if (complaint.acceptsFollowUps()) {
                item.duplicatePartition = keys.duplicatePartition(features.unit());
                item.duplicateOrder = Keys.queueOrder(complaint.receivedAt(), complaint.id());
            }
        }
        return item;
    }

    static ComplaintItem toItem(Keys.TenantKeys keys, Complaint complaint) {
        var item = new ComplaintItem();
        item.pk = keys.complaint(complaint.id());
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
        item.firstResponseAt = time(complaint.firstResponseAt());
        item.triage = TriageCodec.encode(complaint.triage());
        item.unit = complaint.unit();
        item.category = complaint.category();
        item.priority = complaint.priority().name();
        if (complaint.assignee() != null) {
            item.assigneeId = complaint.assignee().id();
            item.assigneeName = complaint.assignee().name();
        }
        item.clocks = ClockCodec.encode(complaint.clocks());
        if (complaint.rejection() != null) {
            item.rejectionReason = complaint.rejection().reason().name();
            item.rejectionNote = complaint.rejection().note();
            item.rejectionReferral = complaint.rejection().referral();
            item.duplicateOf = complaint.rejection().duplicateOf() == null ? null
                    : complaint.rejection().duplicateOf().value();
        }
        item.statusBeforeInfoRequest = complaint.statusBeforeInfoRequest() == null ? null
                : complaint.statusBeforeInfoRequest().name();
        item.resolvedAt = time(complaint.resolvedAt());
        item.objectionEndsAt = time(complaint.objectionEndsAt());
        item.version = complaint.version();
        item.revision = complaint.revision();
        item.statusQueue = keys.statusQueue(complaint.status().name());
        item.queueOrder = Keys.queueOrder(complaint.receivedAt(), complaint.id());
        if (complaint.unit() != null) {
            item.unitQueue = keys.unitQueue(complaint.unit(), complaint.status().name());
        }
        if (complaint.assignee() != null) {
            item.assigneeQueue = keys.assigneeQueue(complaint.assignee().id(), complaint.status().name());
        }
        if (complaint.reporter().isKnown()) {
            item.reporterPartition = keys.reporter(complaint.reporter().instagramId());
        }
        item.period = keys.receivedIn(Keys.month(complaint.receivedAt()));
        item.periodOrder = item.queueOrder;
        item.slaRiskAt = slaRiskAt(complaint.clocks()).map(Keys::time).orElse(null);
        item.searchText = Keys.searchText(complaint.text());
        item.maskedSearchText = Keys.maskedSearchText(complaint.text());
        var due = complaint.nextSweepAt();
        if (due.isPresent()) {
            item.duePartition = keys.slaPartition(complaint.id());
            item.dueOrder = Keys.due(due.get(), complaint.id().value());
        } else if (complaint.status().isFinal() && !complaint.reporter().isErased()) {
            item.duePartition = keys.erasurePartition();
            item.dueOrder = Keys.due(RetentionPolicy.closedNoEarlierThan(complaint), complaint.id().value());
        }
        return item;
    }

    static Complaint toComplaint(ComplaintItem item) {
        LogContext.addIfAbsent(LogContext.CORRELATION_ID, item.correlationId);
        var priority = item.priority == null ? Priority.NORMAL : Priority.valueOf(item.priority);
        var rejection = item.rejectionReason == null ? null
                : new Rejection(RejectionReason.valueOf(item.rejectionReason), item.rejectionNote,
                        item.rejectionReferral, item.duplicateOf == null ? null : new TrackingCode(item.duplicateOf));
        return new Complaint(new ComplaintId(item.id), new TrackingCode(item.trackingCode), Status.valueOf(item.status),
                Channel.valueOf(item.channel), item.account, new Reporter(item.reporterId, item.reporterUsername),
                item.text, toMedia(item.media),
                new ReplyTarget(ReplyTarget.Kind.valueOf(item.replyTargetKind), item.replyTargetId),
                Keys.parseTime(item.receivedAt), Keys.parseTime(item.lastMessageAt),
                item.messageCount == null ? 1 : item.messageCount, Boolean.TRUE.equals(item.contentPending),
                Keys.parseTime(item.firstResponseAt), TriageCodec.decode(item.triage), item.unit, item.category,
                priority, item.assigneeId == null ? null : new Assignee(item.assigneeId, item.assigneeName),
                ClockCodec.decode(item.clocks, priority, clockCategory(item)), rejection,
                item.statusBeforeInfoRequest == null ? null : Status.valueOf(item.statusBeforeInfoRequest),
                Keys.parseTime(item.resolvedAt), Keys.parseTime(item.objectionEndsAt),
                item.version == null ? 1 : item.version, item.revision == null ? 0 : item.revision);
    }

    /**
     * The earliest instant a running SLA clock reaches its warning: from then on the complaint is at
     * risk (warned, then breached) until the clock stops. Computed when the clocks change, so work
     * queues filter on a stored value rather than on the clocks.
     */
    static Optional<Instant> slaRiskAt(ComplaintClocks clocks) {
        if (clocks == null) {
            return Optional.empty();
        }
        return clocks.clocks().values().stream()
                .flatMap(clock -> clock.state() instanceof ClockState.Running running
                        ? Stream.of(running.warnAt()) : Stream.empty())
                .min(Instant::compareTo);
    }

    /** The category the clocks are measured by: the confirmed one, else triage's topic. */
    private static String clockCategory(ComplaintItem item) {
        return item.category != null ? item.category : item.topic == null ? "" : item.topic;
    }

    private static String time(Instant instant) {
        return instant == null ? null : Keys.time(instant);
    }

    static MessageItem toItem(Keys.TenantKeys keys, ComplaintId complaint, ReporterMessage message) {
        var item = new MessageItem();
        item.pk = keys.complaint(complaint);
        item.sk = Keys.message(message.sentAt(), message.instagramId());
        item.instagramId = message.instagramId();
        item.channel = message.channel().name();
        item.text = message.text();
        item.media = toMaps(message.media());
        item.sentAt = Keys.time(message.sentAt());
        item.editCount = message.editCount();
        item.unsent = message.unsent();
        item.instagramTime = time(message.instagramTime());
        return item;
    }

    static ReporterMessage toMessage(MessageItem item) {
        return new ReporterMessage(item.instagramId, Channel.valueOf(item.channel), item.text, toMedia(item.media),
                Keys.parseTime(item.sentAt), item.editCount == null ? 0 : item.editCount,
                Boolean.TRUE.equals(item.unsent), item.instagramTime == null ? null : Keys.parseTime(item.instagramTime));
    }

    static EventItem toItem(Keys.TenantKeys keys, ComplaintId complaint, TimelineEvent event) {
        var item = new EventItem();
        item.pk = keys.complaint(complaint);
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

    /**
     * An event of a change to {@code after}: a reopening or re-route goes into the month index with the
     * unit and category the complaint has after it, so reports count it without reading the complaint.
     */
    static EventItem toItem(Keys.TenantKeys keys, Complaint after, TimelineEvent event) {
        var item = toItem(keys, after.id(), event);
        if (Move.kindOf(event).isPresent()) {
            item.period = keys.movesIn(Keys.month(event.at()));
            item.periodOrder = Keys.moveOrder(event.at(), after.id(), event.key());
            item.unit = after.unit();
            item.category = Topic.of(after);
        }
        return item;
    }

    static TimelineEvent toEvent(EventItem item) {
        return new TimelineEvent(item.key, Keys.parseTime(item.at),
                new Actor(Actor.Kind.valueOf(item.actorKind), item.actorId, item.actorName),
                TimelineEvent.Type.valueOf(item.type), item.reason, item.details);
    }

    static ObjectClaim toClaim(Keys.TenantKeys keys, ClaimItem item) {
        var claimKey = keys.claimKeyOf(item.pk);
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

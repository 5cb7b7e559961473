package id.aduan.core.testing;

import id.aduan.core.alert.InMemoryAlertOutbox;
import id.aduan.core.alert.DueComplaints;
import id.aduan.core.alert.RecordResult;
import id.aduan.core.alert.RecordedAlert;
import id.aduan.core.alert.SlaStore;
import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.ComplaintDetail;
import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.complaint.ComplaintStore;
import id.aduan.core.complaint.ReporterMessage;
import id.aduan.core.complaint.TimelineEvent;
import id.aduan.core.complaint.TrackingCode;
import id.aduan.core.desk.ComplaintChanges;
import id.aduan.core.digest.ComplaintSnapshot;
import id.aduan.core.digest.DigestSource;
import id.aduan.core.ingest.AttachResult;
import id.aduan.core.ingest.ClaimTaken;
import id.aduan.core.ingest.ComplaintOpening;
import id.aduan.core.ingest.CompletionResult;
import id.aduan.core.ingest.EchoResult;
import id.aduan.core.ingest.FollowUp;
import id.aduan.core.ingest.FollowUpAttachment;
import id.aduan.core.ingest.HoldResult;
import id.aduan.core.ingest.IngestionLookup;
import id.aduan.core.ingest.IngestionPorts;
import id.aduan.core.ingest.MentionFetches;
import id.aduan.core.ingest.MessageChangeResult;
import id.aduan.core.ingest.MessageChanges;
import id.aduan.core.ingest.NewComplaint;
import id.aduan.core.ingest.ObjectClaim;
import id.aduan.core.ingest.OpenResult;
import id.aduan.core.ingest.PendingChange;
import id.aduan.core.ingest.PendingFetch;
import id.aduan.core.ingest.ReplyEchoes;
import id.aduan.core.ingest.ResponseRecording;
import id.aduan.core.ingest.ResponseResult;
import id.aduan.core.ingest.Superseded;
import id.aduan.core.kernel.Status;
import id.aduan.core.reply.AwaitedReply;
import id.aduan.core.reply.OutgoingReply;
import id.aduan.core.reply.ReplyState;
import id.aduan.core.workflow.ChangeResult;
import id.aduan.core.workflow.ComplaintChange;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The complaint table in memory, for tests of core's rules in milliseconds: every port it implements
 * works on one shared state, so a complaint ingestion opens is the one the sweep finds due. Each write
 * is atomic and checks the conditions the DynamoDB adapters put on it, in the same order, so it ends
 * with the same result (the contract suites in this package hold both to that).
 */
public final class InMemoryTable implements IngestionLookup, ComplaintOpening, FollowUpAttachment, ResponseRecording,
        MessageChanges, ReplyEchoes, SlaStore, ComplaintStore, ComplaintChanges, DigestSource, MentionFetches {

    /** Statuses in which a plain attach is refused: final ones, and those that wait for the reporter. */
    private static final Set<Status> REFUSE_PLAIN_FOLLOW_UPS =
            EnumSet.of(Status.CLOSED, Status.REJECTED, Status.NEEDS_INFO, Status.RESOLVED);
    private static final Set<Status> AWAITS_REPORTER = EnumSet.of(Status.NEEDS_INFO, Status.RESOLVED);
    private static final Set<Status> CLOSED = EnumSet.of(Status.CLOSED, Status.REJECTED);

    private final Map<String, ObjectClaim> claims = new HashMap<>();
    private final Map<String, ComplaintId> conversations = new HashMap<>();
    private final Map<String, ComplaintId> trackingCodes = new HashMap<>();
    private final Map<ComplaintId, Complaint> complaints = new LinkedHashMap<>();
    private final Map<ComplaintId, Map<String, ReporterMessage>> messages = new HashMap<>();
    private final Map<ComplaintId, Map<String, TimelineEvent>> events = new HashMap<>();
    private final Map<String, Map<String, AwaitedReply>> awaitedEchoes = new HashMap<>();
    private final Map<String, ReplyState> replies = new HashMap<>();
    private final Map<ComplaintId, DueFetch> fetches = new HashMap<>();

    /** A mention waiting for its text, and when it is next fetched. */
    private record DueFetch(PendingFetch fetch, Instant dueAt) {
    }

    /** The alerts the sweep records with a complaint's change, as the outbox sees them. */
    public final InMemoryAlertOutbox alerts = new InMemoryAlertOutbox();

    /** Every ingestion port, served by this table. */
    public IngestionPorts ingestion() {
        return IngestionPorts.of(this);
    }

    @Override
    public synchronized Optional<ObjectClaim> findClaim(String claimKey) {
        return Optional.ofNullable(claims.get(claimKey));
    }

    @Override
    public synchronized Optional<ComplaintId> findConversation(String conversationKey) {
        return Optional.ofNullable(conversations.get(conversationKey));
    }

    @Override
    public synchronized Optional<Complaint> findComplaint(ComplaintId id) {
        return Optional.ofNullable(complaints.get(id));
    }

    @Override
    public synchronized Optional<Complaint> find(ComplaintId id) {
        return findComplaint(id);
    }

    @Override
    public synchronized Optional<ComplaintDetail> load(ComplaintId id) {
        return findComplaint(id).map(complaint -> new ComplaintDetail(complaint, messages(id), timeline(id)));
    }

    @Override
    public synchronized Optional<ComplaintId> findByTrackingCode(TrackingCode code) {
        return Optional.ofNullable(trackingCodes.get(code.value()));
    }

    @Override
    public synchronized List<Complaint> newest(Status status, int limit) {
        return complaints.values().stream().filter(complaint -> complaint.status() == status)
                .sorted(Comparator.comparing(Complaint::receivedAt).thenComparing(Complaint::id).reversed())
                .limit(limit).toList();
    }

    @Override
    public synchronized ChangeResult apply(ComplaintChange change) {
        var before = change.before();
        if (!atRevision(before)) {
            var stored = complaints.get(before.id());
            return stored == null ? new ChangeResult.NotFound() : new ChangeResult.StaleVersion(stored.version());
        }
        if (change.events().stream().anyMatch(event -> hasEvent(before.id(), event))) {
            throw new IllegalStateException("timeline event of " + before.id() + " written twice");
        }
        if (change.linked().isPresent()) {
            var linked = complaints.get(change.linked().get().complaint());
            if (linked == null || CLOSED.contains(linked.status())) {
                return new ChangeResult.LinkedComplaintClosed(change.linked().get().complaint());
            }
        }
        complaints.put(before.id(), stateOver(before, change.after()));
        change.events().forEach(event -> putEvent(before.id(), event));
        change.linked().ifPresent(link -> putEvent(link.complaint(), link.event()));
        return new ChangeResult.Applied();
    }

    @Override
    public synchronized OpenResult open(NewComplaint candidate) {
        var complaint = candidate.complaint();
        if (!claimable(candidate.claimKey(), candidate.replacing())) {
            return new ClaimTaken(claims.get(candidate.claimKey()));
        }
        if (trackingCodes.containsKey(complaint.trackingCode().value())) {
            return new OpenResult.TrackingCodeTaken();
        }
        if (candidate.conversationKey() != null
                && !Objects.equals(conversations.get(candidate.conversationKey()), candidate.supersedes())) {
            return new OpenResult.ConversationMoved(conversations.get(candidate.conversationKey()));
        }
        claims.put(candidate.claimKey(), new ObjectClaim(candidate.claimKey(), complaint.id(),
                blankAsNull(complaint.reporter().instagramId()), candidate.opening().sentAt(), true, null));
        complaints.put(complaint.id(), complaint);
        putMessage(complaint.id(), candidate.opening());
        candidate.events().forEach(event -> putEvent(complaint.id(), event));
        trackingCodes.put(complaint.trackingCode().value(), complaint.id());
        if (complaint.contentPending()) {
            fetches.put(complaint.id(), new DueFetch(new PendingFetch(complaint.id(), complaint.channel(),
                    candidate.opening().instagramId(), 0), complaint.receivedAt()));
        }
        if (candidate.conversationKey() != null) {
            conversations.put(candidate.conversationKey(), complaint.id());
        }
        return new OpenResult.Opened();
    }

    @Override
    public synchronized AttachResult attach(FollowUp followUp) {
        var id = followUp.complaintId();
        if (!claimable(followUp.claimKey(), followUp.replacing())) {
            return new ClaimTaken(claims.get(followUp.claimKey()));
        }
        var stored = complaints.get(id);
        if (followUp.readAt() == null) {
            if (stored == null || REFUSE_PLAIN_FOLLOW_UPS.contains(stored.status())) {
                return stored != null && AWAITS_REPORTER.contains(stored.status())
                        ? new AttachResult.ComplaintAwaitsReporter(stored)
                        : new AttachResult.ComplaintNotOpen();
            }
        } else if (!atRevision(followUp.readAt())) {
            return new Superseded();
        }
        var message = followUp.message();
        claims.put(followUp.claimKey(), new ObjectClaim(followUp.claimKey(), id, blankAsNull(followUp.reporterId()),
                message.sentAt(), false, null));
        var changed = followUp.statusChange() == null ? stored
                : stateOver(followUp.readAt(), followUp.statusChange().after());
        complaints.put(id, changed.toBuilder().lastMessageAt(message.sentAt())
                .messageCount(changed.messageCount() + 1).build());
        putMessage(id, message);
        putEvent(id, followUp.event());
        if (followUp.statusChange() != null) {
            followUp.statusChange().events().forEach(event -> putEvent(id, event));
        }
        return new AttachResult.Attached();
    }

    @Override
    public synchronized ResponseResult recordResponse(Complaint before, Complaint after, String claimKey,
                                                      TimelineEvent event) {
        if (claims.containsKey(claimKey)) {
            return new ClaimTaken(claims.get(claimKey));
        }
        if (!atRevision(before)) {
            return new Superseded();
        }
        claims.put(claimKey, new ObjectClaim(claimKey, after.id(), null, null, false, null));
        complaints.put(after.id(), stateOver(before, after));
        putEvent(after.id(), event);
        return new ResponseResult.Recorded();
    }

    @Override
    public synchronized Optional<ReporterMessage> findMessage(ComplaintId id, String messageId, Instant sentAt) {
        return Optional.ofNullable(messages.getOrDefault(id, Map.of()).get(messageKey(sentAt, messageId)));
    }

    @Override
    public synchronized MessageChangeResult changeMessage(ComplaintId id, ReporterMessage before, ReporterMessage after,
                                                          boolean opening, TimelineEvent event) {
        var stored = messages.getOrDefault(id, Map.of()).get(messageKey(before.sentAt(), before.instagramId()));
        boolean textChanges = opening && !Objects.equals(before.text(), after.text());
        if (stored == null || stored.editCount() != before.editCount() || stored.unsent() != before.unsent()
                || (textChanges && !complaints.containsKey(id)) || hasEvent(id, event)) {
            return new Superseded();
        }
        putMessage(id, after);
        if (textChanges) {
            complaints.put(id, complaints.get(id).withText(after.text()));
        }
        putEvent(id, event);
        return new MessageChangeResult.Changed();
    }

    @Override
    public synchronized HoldResult holdPending(String claimKey, PendingChange merged, PendingChange expected) {
        var existing = claims.get(claimKey);
        boolean applies = expected == null ? existing == null : existing != null && pendingMatches(existing, expected);
        if (!applies) {
            if (existing == null) {
                throw new IllegalStateException("the placeholder held for " + claimKey + " is gone");
            }
            return new ClaimTaken(existing);
        }
        claims.put(claimKey, ObjectClaim.placeholder(claimKey, merged));
        return new HoldResult.Held();
    }

    @Override
    public synchronized List<AwaitedReply> awaitedReplies(String conversationKey) {
        return List.copyOf(awaitedEchoes.getOrDefault(conversationKey, Map.of()).values());
    }

    /** A reply Aduan sent without learning whether it went out: its echo is awaited (as the reply sender leaves it). */
    public synchronized void awaitEcho(OutgoingReply reply) {
        awaitedEchoes.computeIfAbsent(reply.echoConversation(), key -> new LinkedHashMap<>()).put(reply.replyId(),
                new AwaitedReply(reply.echoConversation(), reply.replyId(), reply.complaintId(), reply.method(),
                        reply.target(), reply.fingerprint()));
        replies.put(reply.replyId(), ReplyState.UNCERTAIN);
    }

    /** The state of a reply Aduan sent, as the echoes left it. */
    public synchronized Optional<ReplyState> replyState(String replyId) {
        return Optional.ofNullable(replies.get(replyId));
    }

    @Override
    public synchronized EchoResult confirmReply(AwaitedReply reply, String instagramId, Complaint before,
                                                Complaint after, TimelineEvent event) {
        if (claims.containsKey(instagramId)) {
            return new ClaimTaken(claims.get(instagramId));
        }
        var state = replies.get(reply.replyId());
        if ((state != ReplyState.SENDING && state != ReplyState.UNCERTAIN) || (after != null && !atRevision(before))
                || hasEvent(reply.complaintId(), event)) {
            return new Superseded();
        }
        claims.put(instagramId, new ObjectClaim(instagramId, reply.complaintId(), null, null, false, null));
        replies.put(reply.replyId(), ReplyState.SENT);
        awaitedEchoes.getOrDefault(reply.conversation(), new HashMap<>()).remove(reply.replyId());
        if (after != null) {
            complaints.put(after.id(), stateOver(before, after));
        }
        putEvent(reply.complaintId(), event);
        return new EchoResult.Confirmed();
    }

    @Override
    public synchronized DueComplaints dueBy(Instant now) {
        var oldest = complaints.values().stream().flatMap(complaint -> complaint.nextSweepAt().stream())
                .filter(due -> !due.isAfter(now)).min(Comparator.naturalOrder());
        return DueComplaints.of(dueEntries(now).values().iterator(), oldest);
    }

    @Override
    public synchronized RecordResult record(Complaint before, Complaint after, List<TimelineEvent> timeline,
                                            List<RecordedAlert> raised) {
        if (!atRevision(before) || timeline.stream().anyMatch(event -> hasEvent(after.id(), event))
                || raised.stream().anyMatch(alert -> alerts.recorded.containsKey(alert.alert().id()))) {
            return new RecordResult.Superseded();
        }
        complaints.put(after.id(), stateOver(before, after));
        timeline.forEach(event -> putEvent(after.id(), event));
        raised.forEach(alerts::recordIfAbsent);
        return new RecordResult.Recorded();
    }

    @Override
    public synchronized List<PendingFetch> due(Instant now, int limit) {
        return fetches.values().stream().filter(due -> !due.dueAt().isAfter(now))
                .sorted(Comparator.comparing(DueFetch::dueAt).thenComparing(due -> due.fetch().complaintId()))
                .limit(limit).map(DueFetch::fetch).toList();
    }

    @Override
    public synchronized void retryAt(PendingFetch fetch, Instant at) {
        fetches.computeIfPresent(fetch.complaintId(), (id, due) -> new DueFetch(new PendingFetch(id,
                fetch.channel(), fetch.objectId(), fetch.attempts() + 1), at));
    }

    @Override
    public synchronized CompletionResult complete(PendingFetch fetch, Complaint before, Complaint after,
                                                  ReporterMessage opening, TimelineEvent event) {
        if (!atRevision(before)) {
            return new Superseded();
        }
        var key = messageKey(opening.sentAt(), opening.instagramId());
        var stored = messages.getOrDefault(after.id(), Map.of()).get(key);
        if (stored == null) {
            throw new IllegalStateException("the mentioned complaint's opening message is missing: " + after.id());
        }
        complaints.put(after.id(), stateOver(before, after).withText(after.text()));
        putMessage(after.id(), stored.edited(opening.text(), stored.editCount()));
        putEvent(after.id(), event);
        fetches.remove(fetch.complaintId());
        return new CompletionResult.Completed();
    }

    @Override
    public synchronized void abandon(PendingFetch fetch, TimelineEvent event) {
        putEvent(fetch.complaintId(), event);
        fetches.remove(fetch.complaintId());
    }

    @Override
    public synchronized List<ComplaintSnapshot> inStatus(Set<Status> statuses) {
        return complaints.values().stream().filter(complaint -> statuses.contains(complaint.status()))
                .map(InMemoryTable::snapshot).toList();
    }

    @Override
    public synchronized List<ComplaintSnapshot> receivedBetween(Set<Status> statuses, Instant from, Instant to) {
        return complaints.values().stream().filter(complaint -> statuses.contains(complaint.status()))
                .filter(complaint -> !complaint.receivedAt().isBefore(from) && complaint.receivedAt().isBefore(to))
                .map(InMemoryTable::snapshot).toList();
    }

    private static ComplaintSnapshot snapshot(Complaint complaint) {
        return new ComplaintSnapshot(complaint.id(), complaint.status(), complaint.unit(), complaint.receivedAt(),
                complaint.firstResponseAt(), complaint.clocks() != null);
    }

    /** Every complaint, in the order they were opened. */
    public synchronized List<Complaint> complaints() {
        return List.copyOf(complaints.values());
    }

    /** The complaint's timeline, oldest first, as the table keys it. */
    public synchronized List<TimelineEvent> timeline(ComplaintId id) {
        return List.copyOf(events.getOrDefault(id, new TreeMap<>()).values());
    }

    /** The complaint's messages, oldest first. */
    public synchronized List<ReporterMessage> messages(ComplaintId id) {
        return List.copyOf(messages.getOrDefault(id, new TreeMap<>()).values());
    }

    private TreeMap<String, ComplaintId> dueEntries(Instant now) {
        var due = new TreeMap<String, ComplaintId>();
        complaints.values().forEach(complaint -> complaint.nextSweepAt()
                .filter(at -> !at.isAfter(now))
                .ifPresent(at -> due.put(sortable(at) + "#" + complaint.id().value(), complaint.id())));
        return due;
    }

    /** A claim is new, or replaces exactly the placeholder that was read. */
    private boolean claimable(String claimKey, ObjectClaim replacing) {
        var existing = claims.get(claimKey);
        return replacing == null ? existing == null : existing != null && pendingMatches(existing, replacing.pending());
    }

    private static boolean pendingMatches(ObjectClaim claim, PendingChange expected) {
        return claim.isPlaceholder() && claim.pending().editNumber() == expected.editNumber()
                && claim.pending().unsent() == expected.unsent();
    }

    private boolean atRevision(Complaint read) {
        var stored = complaints.get(read.id());
        return stored != null && stored.revision() == read.revision();
    }

    /**
     * The new state written over the revision read: what people, the sweep and responses own comes from
     * {@code after}; what ingestion keeps up to date on its own (text, media, message count and time) stays.
     */
    private Complaint stateOver(Complaint before, Complaint after) {
        var stored = complaints.get(before.id());
        return after.toBuilder()
                .revision(before.revision() + 1)
                .text(stored.text())
                .media(stored.media())
                .lastMessageAt(stored.lastMessageAt())
                .messageCount(stored.messageCount())
                .build();
    }

    private void putMessage(ComplaintId id, ReporterMessage message) {
        messages.computeIfAbsent(id, key -> new TreeMap<>()).put(messageKey(message.sentAt(), message.instagramId()),
                message);
    }

    private void putEvent(ComplaintId id, TimelineEvent event) {
        events.computeIfAbsent(id, key -> new TreeMap<>()).put(eventKey(event), event);
    }

    private boolean hasEvent(ComplaintId id, TimelineEvent event) {
        return events.getOrDefault(id, Map.of()).containsKey(eventKey(event));
    }

    private static String messageKey(Instant sentAt, String messageId) {
        return sortable(sentAt) + "#" + messageId;
    }

    private static String eventKey(TimelineEvent event) {
        return sortable(event.at()) + "#" + event.key();
    }

    /** An instant as text that sorts as the instants do. */
    private static String sortable(Instant at) {
        return String.format("%020d.%09d", at.getEpochSecond(), at.getNano());
    }

    private static String blankAsNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}

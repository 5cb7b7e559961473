package id.aduan.core.ingest;

import id.aduan.core.account.InstagramAccount;
import id.aduan.core.complaint.Channel;
import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.complaint.MediaRef;
import id.aduan.core.complaint.ReplyTarget;
import id.aduan.core.complaint.Reporter;
import id.aduan.core.complaint.ReporterMessage;
import id.aduan.core.complaint.TimelineEvent;
import id.aduan.core.complaint.TrackingCode;
import id.aduan.core.ingest.InstagramChange.CitizenComment;
import id.aduan.core.ingest.InstagramChange.CitizenMessage;
import id.aduan.core.ingest.InstagramChange.DashboardTest;
import id.aduan.core.ingest.InstagramChange.EchoMessage;
import id.aduan.core.ingest.InstagramChange.Mention;
import id.aduan.core.ingest.InstagramChange.MessageEdit;
import id.aduan.core.ingest.InstagramChange.MessageUnsent;
import id.aduan.core.ingest.InstagramChange.OwnComment;
import id.aduan.core.ingest.InstagramChange.Unsupported;
import id.aduan.core.kernel.ConcurrentChangeException;
import id.aduan.core.reply.ReplyText;
import id.aduan.core.reply.ReplyTimeline;
import id.aduan.core.sla.SlaRules;
import id.aduan.core.workflow.Workflow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * Takes one Instagram change into one government's complaints, through that tenant's ports and triage:
 * a citizen's first message opens a complaint, their follow-ups (DMs in the same conversation, replies
 * under their own comment) attach to it, the team's own answers (and the echoes of replies Aduan sent)
 * are recorded on the complaint they answer, edits and unsends change the stored message.
 *
 * <p>Every write is conditional on the change's Instagram object not having been claimed, so applying
 * the same change twice changes nothing. Which tenant takes a change in is {@link Ingestion}'s to decide.
 */
public final class TenantIngestion {

    /** Collisions of random 5-character codes are rare; a handful of attempts always suffices. */
    private static final int TRACKING_CODE_ATTEMPTS = 8;
    /**
     * Bounds the retries when a concurrent write changed what a decision was based on. Attaching to a
     * complaint that waits for the reporter takes two writes a round (plain, then over the version read).
     */
    private static final int CONTENTION_ATTEMPTS = 4;

    private final IngestionPorts stores;
    private final Assessor assessor;
    private final Supplier<SlaRules> rules;
    private final Workflow workflow;
    private final RandomGenerator random;

    public TenantIngestion(IngestionPorts stores, Assessor assessor, Supplier<SlaRules> rules, Workflow workflow,
                           RandomGenerator random) {
        this.stores = stores;
        this.assessor = assessor;
        this.rules = rules;
        this.workflow = workflow;
        this.random = random;
    }

    /** Takes in a change that came in on {@code account}, one of this tenant's. */
    public IngestionOutcome apply(InstagramChange change, InstagramAccount account) {
        return switch (change) {
            case CitizenComment comment -> takeComment(comment, account);
            case OwnComment own -> takeOwnComment(own);
            case Mention mention -> openAlone(newComplaint(mention, account));
            case CitizenMessage message -> takeMessage(message, account);
            case EchoMessage echo -> takeEcho(echo);
            case MessageEdit edit ->
                    changeMessage(edit.messageId(), PendingChange.edit(edit.text(), edit.editNumber(), edit.occurredAt()));
            case MessageUnsent unsent -> changeMessage(unsent.messageId(), PendingChange.unsend(unsent.occurredAt()));
            case DashboardTest test -> new IngestionOutcome.TestDelivery();
            case Unsupported unsupported -> new IngestionOutcome.Ignored("not acted on: " + unsupported.kind());
        };
    }

    private IngestionOutcome takeComment(CitizenComment comment, InstagramAccount account) {
        var message = ReporterMessage.received(comment.commentId(),
                comment.live() ? Channel.LIVE_COMMENT : Channel.COMMENT, comment.text(),
                comment.mediaId() == null ? List.of() : List.of(MediaRef.post(comment.mediaProductType(), comment.mediaId())),
                comment.occurredAt()).withInstagramTime(comment.instagramTime());
        if (comment.isReply()) {
            var parent = stores.lookup().findClaim(comment.parentId());
            boolean underOwnComplaint = parent.filter(ObjectClaim::belongsToComplaint)
                    .filter(claim -> comment.author().instagramId().equals(claim.reporterId()))
                    .isPresent();
            if (underOwnComplaint) {
                var complaintId = parent.get().complaintId();
                return attach(new FollowUp(complaintId, message, TimelineEvent.messageAdded(message),
                        comment.claimKey(), comment.author().instagramId(), null),
                        () -> openAlone(followingUp(newComplaint(comment, message, account), complaintId)));
            }
        }
        return openAlone(newComplaint(comment, message, account));
    }

    private NewComplaint newComplaint(CitizenComment comment, ReporterMessage message, InstagramAccount account) {
        var target = new ReplyTarget(comment.live() ? ReplyTarget.Kind.LIVE_COMMENT : ReplyTarget.Kind.COMMENT,
                comment.topLevelCommentId());
        return newComplaint(account, comment.author(), message, target, false, comment.claimKey(), null, null);
    }

    private NewComplaint newComplaint(Mention mention, InstagramAccount account) {
        var channel = mention.inCaption() ? Channel.MENTION_MEDIA : Channel.MENTION_COMMENT;
        var objectId = mention.inCaption() ? mention.mediaId() : mention.commentId();
        var message = ReporterMessage.received(objectId, channel, null,
                List.of(MediaRef.post(null, mention.mediaId())), mention.occurredAt())
                .withInstagramTime(mention.instagramTime());
        return newComplaint(account, Reporter.unknown(), message, ReplyTarget.none(), true,
                mention.claimKey(), null, null);
    }

    private IngestionOutcome takeMessage(CitizenMessage dm, InstagramAccount account) {
        return routeMessage(dm, account, 1);
    }

    /**
     * A DM follows up the complaint its conversation routes to, or opens one; when the conversation moved
     * meanwhile (a concurrent message opened or moved it), the message is routed again.
     */
    private IngestionOutcome routeMessage(CitizenMessage dm, InstagramAccount account, int attempt) {
        if (attempt > CONTENTION_ATTEMPTS) {
            throw new ConcurrentChangeException("conversation kept changing while taking in " + dm.claimKey());
        }
        var message = ReporterMessage.received(dm.messageId(),
                dm.isStoryMention() ? Channel.STORY_MENTION : Channel.DM, dm.text(), dm.attachments(), dm.occurredAt())
                .withInstagramTime(dm.instagramTime());
        var reporter = new Reporter(dm.senderId(), null);
        var target = new ReplyTarget(ReplyTarget.Kind.DM, dm.senderId());
        Supplier<IngestionOutcome> routeAgain = () -> routeMessage(dm, account, attempt + 1);
        var conversation = stores.lookup().findConversation(dm.conversationKey());
        if (conversation.isEmpty()) {
            return open(newComplaint(account, reporter, message, target, false, dm.claimKey(), dm.conversationKey(),
                    null), routeAgain);
        }
        var current = conversation.get();
        var followUp = new FollowUp(current, message, TimelineEvent.messageAdded(message), dm.claimKey(),
                dm.senderId(), null);
        return attach(followUp, () -> open(followingUp(newComplaint(account, reporter, message, target,
                false, dm.claimKey(), dm.conversationKey(), current), current), routeAgain));
    }

    private IngestionOutcome takeEcho(EchoMessage echo) {
        return confirmAwaitedReply(echo.conversationKey(), echo.messageId(), echo.text(), echo.occurredAt())
                .orElseGet(() -> stores.lookup().findConversation(echo.conversationKey())
                        .map(complaint -> recordResponse(complaint, echo.claimKey(), TimelineEvent.respondedOnInstagram(
                                echo.messageId(), ReplyTarget.Kind.DM, echo.occurredAt())))
                        .orElseGet(() -> new IngestionOutcome.Ignored("direct message outside any complaint")));
    }

    private IngestionOutcome takeOwnComment(OwnComment own) {
        if (own.parentId() == null) {
            return new IngestionOutcome.Ignored("own top-level comment");
        }
        return confirmAwaitedReply(own.conversationKey(), own.commentId(), own.text(), own.occurredAt())
                .orElseGet(() -> stores.lookup().findClaim(own.parentId())
                        .filter(ObjectClaim::belongsToComplaint)
                        .map(parent -> recordResponse(parent.complaintId(), own.claimKey(),
                                TimelineEvent.respondedOnInstagram(own.commentId(), ReplyTarget.Kind.COMMENT,
                                        own.occurredAt())))
                        .orElseGet(() -> new IngestionOutcome.Ignored("own reply outside any complaint")));
    }

    /**
     * The echo of a reply Aduan sent but could not confirm (Instagram's answer was ambiguous, or the
     * echo overtook it): matched by conversation and text, it confirms that reply instead of counting as
     * a new answer from the Instagram app.
     */
    private Optional<IngestionOutcome> confirmAwaitedReply(String conversationKey, String instagramId, String text,
                                                           Instant at) {
        if (text == null) {
            return Optional.empty();
        }
        var fingerprint = ReplyText.fingerprint(text);
        for (int tries = 0; tries < CONTENTION_ATTEMPTS; tries++) {
            var awaited = stores.echoes().awaitedReplies(conversationKey).stream()
                    .filter(reply -> reply.fingerprint().equals(fingerprint)).findFirst();
            if (awaited.isEmpty()) {
                return Optional.empty();
            }
            var reply = awaited.get();
            var before = stores.lookup().findComplaint(reply.complaintId())
                    .orElseThrow(() -> new IllegalStateException("replied complaint " + reply.complaintId() + " does not exist"));
            var after = before.firstResponseAt() == null ? before.answered(at, rules.get()) : null;
            var event = ReplyTimeline.sent(reply.replyId(), reply.method(), reply.target(), instagramId, at, "echo");
            switch (stores.echoes().confirmReply(reply, instagramId, before, after, event)) {
                case EchoResult.Confirmed confirmed -> {
                    return Optional.of(new IngestionOutcome.ResponseRecorded(reply.complaintId()));
                }
                case ClaimTaken taken -> {
                    return Optional.of(new IngestionOutcome.Duplicate());
                }
                case Superseded superseded -> {
                    // The reply or its complaint changed meanwhile: read both again.
                }
            }
        }
        throw new ConcurrentChangeException("reply kept changing while matching its echo " + instagramId);
    }

    /** The team's answer stops the first-response clock; a concurrent change of the complaint is retried. */
    private IngestionOutcome recordResponse(ComplaintId id, String claimKey, TimelineEvent event) {
        for (int tries = 0; tries < CONTENTION_ATTEMPTS; tries++) {
            var before = stores.lookup().findComplaint(id)
                    .orElseThrow(() -> new IllegalStateException("answered complaint " + id + " does not exist"));
            var after = before.answered(event.at(), rules.get());
            switch (stores.responses().recordResponse(before, after, claimKey, event)) {
                case ResponseResult.Recorded recorded -> {
                    return new IngestionOutcome.ResponseRecorded(id);
                }
                case ClaimTaken taken -> {
                    return new IngestionOutcome.Duplicate();
                }
                case Superseded superseded -> {
                    // Changed meanwhile (staff, the SLA sweep): read it again.
                }
            }
        }
        throw new ConcurrentChangeException("complaint kept changing while recording a response: " + id);
    }

    private NewComplaint newComplaint(InstagramAccount account, Reporter reporter, ReporterMessage opening, ReplyTarget target,
                                      boolean contentPending, String claimKey, String conversationKey,
                                      ComplaintId supersedes) {
        var id = ComplaintId.generate(opening.sentAt(), random);
        var assessment = assessor.assess(opening, reporter.instagramId(), threadKey(target), contentPending)
                .routedBy(account);
        var complaint = Complaint.open(id, TrackingCode.random(random), account.id(), reporter, opening, target,
                contentPending, assessment.triage(), assessment.priority(), assessment.clocks());
        return new NewComplaint(complaint, opening, List.of(TimelineEvent.received(opening)), claimKey,
                conversationKey, supersedes, null, assessment.features());
    }

    /**
     * A new complaint opened because the reporter's earlier one in the same thread no longer takes
     * messages: its timeline says which one it continues ("lanjutan dari ADU-…").
     */
    private NewComplaint followingUp(NewComplaint fresh, ComplaintId previous) {
        return stores.lookup().findComplaint(previous).map(old -> {
            var events = new ArrayList<>(fresh.events());
            events.add(TimelineEvent.followUpOf(old.id(), old.trackingCode(), fresh.opening().sentAt()));
            return new NewComplaint(fresh.complaint(), fresh.opening(), events, fresh.claimKey(),
                    fresh.conversationKey(), fresh.supersedes(), fresh.replacing(), fresh.features());
        }).orElse(fresh);
    }

    /** The conversation a complaint lives in, as duplicate detection compares it. */
    private static String threadKey(ReplyTarget target) {
        return target.kind() == ReplyTarget.Kind.NONE ? null : target.kind() + "/" + target.instagramId();
    }

    /** Opens a complaint outside any conversation (a comment, a mention): no conversation can move. */
    private IngestionOutcome openAlone(NewComplaint candidate) {
        return open(candidate, () -> {
            throw new ConcurrentChangeException("a conversation moved under " + candidate.claimKey());
        });
    }

    /**
     * Writes a new complaint; when its conversation moved to another complaint meanwhile, {@code routeAgain}
     * decides again.
     */
    private IngestionOutcome open(NewComplaint candidate, Supplier<IngestionOutcome> routeAgain) {
        var attempt = candidate;
        for (int tries = 0; tries < TRACKING_CODE_ATTEMPTS; tries++) {
            switch (stores.opening().open(attempt)) {
                case OpenResult.Opened opened -> {
                    return new IngestionOutcome.Created(attempt.complaint().id(), attempt.complaint().trackingCode());
                }
                case OpenResult.TrackingCodeTaken taken ->
                        attempt = withComplaint(attempt, attempt.complaint().withTrackingCode(TrackingCode.random(random)));
                case ClaimTaken taken when taken.existing().isPlaceholder() ->
                        attempt = applyPending(attempt, taken.existing());
                case ClaimTaken taken -> {
                    return new IngestionOutcome.Duplicate();
                }
                case OpenResult.ConversationMoved moved -> {
                    return routeAgain.get();
                }
            }
        }
        throw new ConcurrentChangeException("could not write complaint for " + candidate.claimKey());
    }

    /**
     * Attaches a follow-up; if its complaint no longer takes follow-ups, {@code otherwise} opens a new one.
     * A complaint waiting for the reporter, or resolved, is read first: the message may move it back
     * (see {@link Workflow#onReporterMessage}), in the same transaction as the message.
     */
    private IngestionOutcome attach(FollowUp candidate, Supplier<IngestionOutcome> otherwise) {
        var attempt = candidate;
        for (int tries = 0; tries < 2 * CONTENTION_ATTEMPTS; tries++) {
            switch (stores.attachment().attach(attempt)) {
                case AttachResult.Attached attached -> {
                    return new IngestionOutcome.Attached(attempt.complaintId());
                }
                case ClaimTaken taken when taken.existing().isPlaceholder() ->
                        attempt = applyPending(attempt, taken.existing());
                case ClaimTaken taken -> {
                    return new IngestionOutcome.Duplicate();
                }
                case AttachResult.ComplaintNotOpen notOpen -> {
                    return otherwise.get();
                }
                case AttachResult.ComplaintAwaitsReporter(var current) -> attempt = attempt.over(current,
                        workflow.onReporterMessage(current, attempt.message(), rules.get()).orElse(null));
                case Superseded superseded -> attempt = attempt.over(null, null);
            }
        }
        throw new ConcurrentChangeException("could not attach " + candidate.claimKey());
    }

    private NewComplaint applyPending(NewComplaint attempt, ObjectClaim placeholder) {
        var changed = applyTo(attempt.opening(), placeholder.pending());
        var events = new ArrayList<>(attempt.events());
        events.addAll(pendingEvents(attempt.opening(), placeholder.pending()));
        return new NewComplaint(attempt.complaint().withText(changed.text()), changed, events, attempt.claimKey(),
                attempt.conversationKey(), attempt.supersedes(), placeholder, attempt.features());
    }

    private FollowUp applyPending(FollowUp attempt, ObjectClaim placeholder) {
        var changed = applyTo(attempt.message(), placeholder.pending());
        return new FollowUp(attempt.complaintId(), changed, attempt.event(), attempt.claimKey(), attempt.reporterId(),
                placeholder);
    }

    private static ReporterMessage applyTo(ReporterMessage message, PendingChange pending) {
        var changed = pending.hasEdit() ? message.edited(pending.text(), pending.editNumber()) : message;
        return pending.unsent() ? changed.markedUnsent() : changed;
    }

    private static List<TimelineEvent> pendingEvents(ReporterMessage original, PendingChange pending) {
        var events = new ArrayList<TimelineEvent>();
        if (pending.hasEdit()) {
            events.add(TimelineEvent.messageEdited(original.instagramId(), original.text(), pending.editNumber(),
                    pending.at()));
        }
        if (pending.unsent()) {
            events.add(TimelineEvent.messageUnsent(original.instagramId(), pending.at()));
        }
        return events;
    }

    private static NewComplaint withComplaint(NewComplaint attempt, Complaint complaint) {
        return new NewComplaint(complaint, attempt.opening(), attempt.events(), attempt.claimKey(),
                attempt.conversationKey(), attempt.supersedes(), attempt.replacing(), attempt.features());
    }

    private IngestionOutcome changeMessage(String messageId, PendingChange change) {
        for (int tries = 0; tries < CONTENTION_ATTEMPTS; tries++) {
            Optional<ObjectClaim> claim = stores.lookup().findClaim(messageId);
            if (claim.isEmpty() || claim.get().isPlaceholder()) {
                var expected = claim.map(ObjectClaim::pending).orElse(null);
                if (expected != null && expected.covers(change)) {
                    return new IngestionOutcome.Duplicate();
                }
                var merged = expected == null ? change : expected.merge(change);
                if (stores.messages().holdPending(messageId, merged, expected) instanceof HoldResult.Held) {
                    return new IngestionOutcome.AwaitingOriginal(messageId);
                }
                continue;
            }
            var original = claim.get();
            if (!original.belongsToComplaint()) {
                return new IngestionOutcome.Ignored("change to a message outside any complaint");
            }
            var stored = stores.messages().findMessage(original.complaintId(), messageId, original.messageSentAt())
                    .orElseThrow(() -> new IllegalStateException("claimed message " + messageId + " is missing"));
            return applyChange(original, stored, change);
        }
        throw new ConcurrentChangeException("message kept changing: " + messageId);
    }

    private IngestionOutcome applyChange(ObjectClaim claim, ReporterMessage stored, PendingChange change) {
        ReporterMessage changed;
        TimelineEvent event;
        if (change.unsent()) {
            if (stored.unsent()) {
                return new IngestionOutcome.Duplicate();
            }
            changed = stored.markedUnsent();
            event = TimelineEvent.messageUnsent(stored.instagramId(), change.at());
        } else {
            if (change.editNumber() <= stored.editCount()) {
                return new IngestionOutcome.Duplicate();
            }
            changed = stored.edited(change.text(), change.editNumber());
            event = TimelineEvent.messageEdited(stored.instagramId(), stored.text(), change.editNumber(), change.at());
        }
        return switch (stores.messages().changeMessage(claim.complaintId(), stored, changed, claim.opening(), event)) {
            case MessageChangeResult.Changed done -> new IngestionOutcome.MessageChanged(claim.complaintId());
            case Superseded superseded -> new IngestionOutcome.Duplicate();
        };
    }
}

package id.aduan.core.reply;

import id.aduan.core.alert.Alert;
import id.aduan.core.alert.AlertPublisher;
import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.ComplaintDetail;
import id.aduan.core.complaint.ComplaintStore;
import id.aduan.core.complaint.ConversationKey;
import id.aduan.core.instagram.CommentText;
import id.aduan.core.instagram.DirectMessageText;
import id.aduan.core.instagram.GraphFailure;
import id.aduan.core.instagram.GraphResult;
import id.aduan.core.instagram.InstagramClients;
import id.aduan.core.instagram.MessagingWindow;
import id.aduan.core.instagram.ReplyTextRejected;
import id.aduan.core.instagram.SentMessage;
import id.aduan.core.kernel.ConcurrentChangeException;
import id.aduan.core.reply.DeliveryOutcome.AlreadyHandled;
import id.aduan.core.reply.DeliveryOutcome.AwaitingBudget;
import id.aduan.core.reply.DeliveryOutcome.Deferred;
import id.aduan.core.reply.DeliveryOutcome.Failed;
import id.aduan.core.reply.DeliveryOutcome.RetryLater;
import id.aduan.core.reply.DeliveryOutcome.Sent;
import id.aduan.core.reply.DeliveryOutcome.Uncertain;
import id.aduan.core.reply.DeliveryOutcome.Unprocessable;
import id.aduan.core.sla.SlaRules;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Sends one queued reply to Instagram, at most once. The reply is claimed before it is sent, so a
 * message delivered twice or two consumers at once send it once; only what Instagram says is worth
 * retrying is tried again, and a throttled account pauses every reply; an answer that leaves open
 * whether the reply went out is never followed by a second send: the reply stays UNCERTAIN until its
 * echo arrives. A private reply also takes a slot of the account's hourly budget, shared by every
 * sender, and waits for the next bucket when none is left. The first reply sent stops the complaint's
 * first-response clock.
 */
public final class ReplyDelivery {

    /** Bounds the rereads when the complaint keeps changing while a sent reply is recorded. */
    private static final int CONTENTION_ATTEMPTS = 4;
    /** A claim held by another attempt is looked at again no sooner than this. */
    private static final Duration SHORTEST_DEFERRAL = Duration.ofSeconds(5);

    private final ComplaintStore complaints;
    private final ReplyStore replies;
    private final PrivateReplyBudget budget;
    private final InstagramClients instagram;
    private final AlertPublisher alerts;
    private final RetryDelay retryDelay;
    private final Supplier<SlaRules> rules;
    private final SendingPolicy policy;
    private final Clock clock;

    public ReplyDelivery(ComplaintStore complaints, ReplyStore replies, PrivateReplyBudget budget,
                         InstagramClients instagram, AlertPublisher alerts, RetryDelay retryDelay,
                         Supplier<SlaRules> rules, SendingPolicy policy, Clock clock) {
        this.complaints = complaints;
        this.replies = replies;
        this.budget = budget;
        this.instagram = instagram;
        this.alerts = alerts;
        this.retryDelay = retryDelay;
        this.rules = rules;
        this.policy = policy;
        this.clock = clock;
    }

    /** @param attempt how many times the reply's message has been delivered, counting this time */
    public DeliveryOutcome deliver(QueuedReply queued, int attempt) {
        var now = clock.instant();
        var detail = complaints.load(queued.complaintId());
        if (detail.isEmpty()) {
            return new Unprocessable("complaint " + queued.complaintId() + " does not exist");
        }
        var account = detail.get().complaint().account();
        var pausedUntil = replies.pausedUntil(account).filter(now::isBefore);
        if (pausedUntil.isPresent()) {
            return attempt >= policy.maxAttempts()
                    ? refuse(queued, ReplyProblem.stillPaused(attempt), now)
                    : new Deferred(Duration.between(now, pausedUntil.get()));
        }
        var plan = ReplyPlan.of(ReplySituation.of(detail.get(), policy.humanAgentEnabled()), now);
        var option = plan.option(queued.method());
        if (option.isEmpty()) {
            return refuse(queued, ReplyProblem.closed(plan.unavailable().get(queued.method()), openMethods(plan)), now);
        }
        OutgoingReply reply;
        try {
            reply = prepare(queued, option.get(), detail.get());
        } catch (ReplyTextRejected e) {
            return refuse(queued, ReplyProblem.textRejected(e), now);
        }
        if (reply.usesPrivateReply() && !takePrivateReplySlot(account, now)) {
            return awaitBudget(queued, plan, now);
        }
        var owner = UUID.randomUUID().toString();
        return switch (replies.claim(reply, owner, now, now.plus(policy.lease()))) {
            case ReplyClaim.Claimed claimed -> send(reply, owner, detail.get().complaint(), plan, attempt);
            case ReplyClaim.InProgress(var leaseUntil) -> new Deferred(longest(Duration.between(now, leaseUntil)));
            case ReplyClaim.Finished finished -> new AlreadyHandled();
            case ReplyClaim.Abandoned abandoned -> uncertain(reply, owner, ReplyProblem.interrupted());
            case ReplyClaim.PrivateReplyUsed used -> refuse(queued,
                    ReplyProblem.closed(Unavailable.PRIVATE_REPLY_ALREADY_SENT, openMethods(plan)), now);
        };
    }

    private OutgoingReply prepare(QueuedReply queued, ReplyOption option, ComplaintDetail detail) {
        var complaint = detail.complaint();
        var code = complaint.trackingCode().value();
        return switch (queued.method()) {
            case PUBLIC_COMMENT_REPLY -> new OutgoingReply(queued.replyId(), complaint.id(), queued.method(),
                    option.target(), ConversationKey.commentThread(complaint.account(), option.target()),
                    ReplyText.comment(queued.text(), code).value());
            case DM, DM_HUMAN_AGENT, PRIVATE_REPLY -> new OutgoingReply(queued.replyId(), complaint.id(),
                    queued.method(), option.target(),
                    ConversationKey.directMessages(complaint.account(), complaint.reporter().instagramId()),
                    ReplyText.directMessage(queued.text(), code).value());
        };
    }

    /**
     * Taken before the claim, so that a reply waiting for the budget costs one refused update and no
     * claim to give back; a slot taken by a message whose reply turns out handled already is lost, which
     * keeps the count on the safe side.
     */
    private boolean takePrivateReplySlot(String account, Instant now) {
        var limit = policy.privateReplies();
        return budget.take(account, limit.bucketStart(now), limit.perBucket());
    }

    /** Waiting for the budget is no failed attempt: only a reply queued {@code budgetWait} ago gives up. */
    private DeliveryOutcome awaitBudget(QueuedReply queued, ReplyPlan plan, Instant now) {
        var waited = Duration.between(queued.requestedAt(), now);
        if (waited.compareTo(policy.budgetWait()) >= 0) {
            var others = openMethods(plan).stream().filter(method -> method != ReplyMethod.PRIVATE_REPLY).toList();
            return refuse(queued, ReplyProblem.budgetSpent(policy.privateReplies(), waited, others), now);
        }
        return new AwaitingBudget(Duration.between(now, policy.privateReplies().nextBucketStart(now)));
    }

    private DeliveryOutcome send(OutgoingReply reply, String owner, Complaint complaint, ReplyPlan plan, int attempt) {
        var instagram = this.instagram.of(complaint.account());
        GraphResult<String> result = switch (reply.method()) {
            case PUBLIC_COMMENT_REPLY -> instagram.replyToComment(reply.target(), new CommentText(reply.text()));
            case DM -> messageId(instagram.sendDirectMessage(reply.target(), new DirectMessageText(reply.text()),
                    MessagingWindow.STANDARD));
            case DM_HUMAN_AGENT -> messageId(instagram.sendDirectMessage(reply.target(),
                    new DirectMessageText(reply.text()), MessagingWindow.HUMAN_AGENT));
            case PRIVATE_REPLY -> messageId(instagram.sendPrivateReply(reply.target(), new DirectMessageText(reply.text())));
        };
        return switch (result) {
            case GraphResult.Success<String>(var instagramId) -> recordSent(reply, instagramId, complaint);
            case GraphResult.Failure<String>(var failure) -> onFailure(reply, owner, failure, plan, attempt,
                    complaint.account());
        };
    }

    private DeliveryOutcome recordSent(OutgoingReply reply, String instagramId, Complaint complaint) {
        var at = clock.instant();
        var event = ReplyTimeline.sent(reply.replyId(), reply.method(), reply.target(), instagramId, at, "graph-api");
        var before = complaint;
        for (int tries = 0; tries < CONTENTION_ATTEMPTS; tries++) {
            var after = before.firstResponseAt() == null ? before.answered(at, rules.get()) : null;
            switch (replies.recordSent(reply, instagramId, before, after, event)) {
                case RECORDED, ALREADY_RECORDED -> {
                    return new Sent(instagramId);
                }
                case COMPLAINT_CHANGED -> before = complaints.find(reply.complaintId()).orElseThrow(
                        () -> new IllegalStateException("complaint " + reply.complaintId() + " disappeared"));
            }
        }
        throw new ConcurrentChangeException("complaint kept changing while recording reply " + reply.replyId());
    }

    /** Throttling and a refused token pause every reply of the {@code account} whose token was used. */
    private DeliveryOutcome onFailure(OutgoingReply reply, String owner, GraphFailure failure, ReplyPlan plan,
                                      int attempt, String account) {
        var now = clock.instant();
        var others = openMethods(plan).stream().filter(method -> method != reply.method()).toList();
        return switch (failure.kind()) {
            case RETRYABLE -> {
                var delay = retryDelay.delayAfter(attempt, failure);
                if (failure.throttled()) {
                    replies.pauseUntil(account, now.plus(delay));
                }
                if (attempt >= policy.maxAttempts()) {
                    yield fail(reply, owner, ReplyProblem.refused(failure, others));
                }
                replies.release(reply, owner);
                yield new RetryLater(delay);
            }
            case TOKEN -> {
                try {
                    alerts.publish(tokenAlert(failure, account, now));
                } catch (RuntimeException alertNotSent) {
                    replies.release(reply, owner);
                    yield new RetryLater(policy.tokenPause());
                }
                replies.pauseUntil(account, now.plus(policy.tokenPause()));
                yield fail(reply, owner, ReplyProblem.refused(failure, others));
            }
            case WINDOW_CLOSED, RECIPIENT_UNAVAILABLE, INVALID -> fail(reply, owner, ReplyProblem.refused(failure, others));
            case AMBIGUOUS -> uncertain(reply, owner, ReplyProblem.refused(failure, others));
        };
    }

    private DeliveryOutcome fail(OutgoingReply reply, String owner, ReplyProblem problem) {
        var event = ReplyTimeline.failed(reply.replyId(), reply.method(), problem, clock.instant());
        return replies.recordFailed(reply, owner, event) ? new Failed(problem.reason()) : new AlreadyHandled();
    }

    private DeliveryOutcome refuse(QueuedReply queued, ReplyProblem problem, Instant now) {
        var event = ReplyTimeline.failed(queued.replyId(), queued.method(), problem, now);
        return replies.refuse(queued.complaintId(), queued.replyId(), event)
                ? new Failed(problem.reason())
                : new AlreadyHandled();
    }

    private DeliveryOutcome uncertain(OutgoingReply reply, String owner, ReplyProblem problem) {
        var now = clock.instant();
        var event = ReplyTimeline.uncertain(reply, problem, now, now.plus(policy.echoWait()));
        return replies.recordUncertain(reply, owner, event) ? new Uncertain() : new AlreadyHandled();
    }

    /** One alert per hour at most for the same problem: its id is the same within the hour. */
    private Alert tokenAlert(GraphFailure failure, String account, Instant now) {
        var hour = now.truncatedTo(ChronoUnit.HOURS);
        return new Alert("operations/instagram-token/" + account + "/" + hour, Alert.Kind.OPERATIONS,
                "Aduan: Instagram menolak token akses",
                "Instagram menolak token akses akun " + account + " yang dipakai untuk membalas warga ("
                        + failure.summary() + ")."
                        + " Balasan tidak dikirim dan ditandai gagal; pengiriman berhenti "
                        + policy.tokenPause().toMinutes() + " menit lalu dicoba lagi dengan token dari Secrets"
                        + " Manager. Perbarui token di secret Instagram, lalu minta staf mengirim ulang balasan yang gagal.",
                Map.of("component", "reply-sender", "problem", "INSTAGRAM_TOKEN", "account", account));
    }

    private static List<ReplyMethod> openMethods(ReplyPlan plan) {
        return plan.options().stream().map(ReplyOption::method).toList();
    }

    private static Duration longest(Duration wait) {
        return wait.compareTo(SHORTEST_DEFERRAL) < 0 ? SHORTEST_DEFERRAL : wait;
    }

    private static GraphResult<String> messageId(GraphResult<SentMessage> result) {
        return switch (result) {
            case GraphResult.Success<SentMessage>(var message) -> GraphResult.success(message.messageId());
            case GraphResult.Failure<SentMessage>(var failure) -> GraphResult.failure(failure);
        };
    }
}

package id.aduan.core.reply;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.core.complaint.Actor;
import id.aduan.core.complaint.Channel;
import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.ComplaintDetail;
import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.complaint.ComplaintStore;
import id.aduan.core.complaint.ReplyTarget;
import id.aduan.core.complaint.Reporter;
import id.aduan.core.complaint.ReporterMessage;
import id.aduan.core.complaint.TimelineEvent;
import id.aduan.core.complaint.TrackingCode;
import id.aduan.core.complaint.TriageState;
import id.aduan.core.instagram.RecordingInstagram;
import id.aduan.core.kernel.Priority;
import id.aduan.core.kernel.Status;
import id.aduan.core.sla.ComplaintClocks;
import id.aduan.core.sla.SlaPolicy;
import id.aduan.core.sla.SlaRules;
import id.aduan.core.sla.WorkingCalendar;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Private replies draw on the account's hourly budget; no other way of replying does. */
class ReplyDeliveryBudgetTest {

    private static final Instant NOW = Instant.parse("2026-08-04T03:07:30Z");
    private static final Instant BUCKET = Instant.parse("2026-08-04T03:00:00Z");
    private static final String ACCOUNT = "17841400000000001";
    private static final String COMMENT = "17900000000000101";
    private static final String CITIZEN = "6123456789012345";
    private static final SlaRules RULES = new SlaRules(SlaPolicy.DEFAULT, WorkingCalendar.standard());
    private static final SendingPolicy POLICY = SendingPolicy.defaults(false);

    private final Random random = new Random(11);
    private final Complaints complaints = new Complaints();
    private final Replies replies = new Replies();
    private final Budget budget = new Budget();
    private final RecordingInstagram instagram = new RecordingInstagram(CITIZEN);
    private final ReplyDelivery delivery = new ReplyDelivery(complaints, replies, budget, account -> instagram, alert -> {
    }, (failures, failure) -> Duration.ofSeconds(30), () -> RULES, POLICY, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void privateReplyWithNoSlotLeftWaitsForTheNextBucketWithoutCallingInstagram() {
        budget.useUp(BUCKET);
        var complaint = complaints.comment(NOW.minus(Duration.ofMinutes(20)));

        var outcome = delivery.deliver(queued(complaint, ReplyMethod.PRIVATE_REPLY, NOW.minusSeconds(40)), 1);

        assertThat(outcome).isEqualTo(new DeliveryOutcome.AwaitingBudget(Duration.ofSeconds(150)));
        assertThat(instagram.calls()).isEmpty();
        assertThat(replies.claimed).isEmpty();
        assertThat(replies.events).isEmpty();
    }

    @Test
    void privateReplyTakesASlotOfTheAccountsCurrentBucketAndIsSent() {
        var complaint = complaints.comment(NOW.minus(Duration.ofMinutes(20)));

        var outcome = delivery.deliver(queued(complaint, ReplyMethod.PRIVATE_REPLY, NOW.minusSeconds(40)), 1);

        assertThat(outcome).isInstanceOf(DeliveryOutcome.Sent.class);
        assertThat(budget.taken).containsExactly(Map.entry(ACCOUNT + "@" + BUCKET, 1));
        assertThat(budget.limits).containsOnly(107);
        assertThat(instagram.calls()).containsExactly("private reply to " + COMMENT);
    }

    @Test
    void publicRepliesAndDirectMessagesAreNotLimitedByTheBudget() {
        budget.useUp(BUCKET);
        var comment = complaints.comment(NOW.minus(Duration.ofMinutes(20)));
        var message = complaints.directMessage(NOW.minus(Duration.ofMinutes(20)));

        var publicReply = delivery.deliver(queued(comment, ReplyMethod.PUBLIC_COMMENT_REPLY, NOW), 1);
        var directMessage = delivery.deliver(queued(message, ReplyMethod.DM, NOW), 1);

        assertThat(publicReply).isInstanceOf(DeliveryOutcome.Sent.class);
        assertThat(directMessage).isInstanceOf(DeliveryOutcome.Sent.class);
        assertThat(budget.attempts).isZero();
        assertThat(instagram.calls()).containsExactly("public reply under " + COMMENT, "message to " + CITIZEN);
    }

    @Test
    void waitingForTheBudgetIsNotAFailedAttempt() {
        budget.useUp(BUCKET);
        var complaint = complaints.comment(NOW.minus(Duration.ofMinutes(90)));

        var outcome = delivery.deliver(queued(complaint, ReplyMethod.PRIVATE_REPLY, NOW.minus(Duration.ofMinutes(80))),
                POLICY.maxAttempts() + 3);

        assertThat(outcome).isInstanceOf(DeliveryOutcome.AwaitingBudget.class);
        assertThat(replies.events).isEmpty();
    }

    @Test
    void privateReplyStillWaitingForTheBudgetAfterTwoHoursFailsWithTheMethodsThatRemain() {
        budget.useUp(BUCKET);
        var complaint = complaints.comment(NOW.minus(Duration.ofHours(3)));

        var outcome = delivery.deliver(queued(complaint, ReplyMethod.PRIVATE_REPLY, NOW.minus(Duration.ofHours(2))), 14);

        assertThat(outcome).isInstanceOf(DeliveryOutcome.Failed.class);
        assertThat(instagram.calls()).isEmpty();
        assertThat(replies.events).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo(TimelineEvent.Type.REPLY_FAILED);
            assertThat(event.reason()).contains("750 balasan pribadi per jam");
            assertThat(event.details().get("action")).contains(ReplyMethod.PUBLIC_COMMENT_REPLY.label())
                    .doesNotContain(ReplyMethod.PRIVATE_REPLY.label());
        });
    }

    @Test
    void privateReplyRefusedForAnotherReasonTakesNoSlot() {
        var complaint = complaints.comment(NOW.minus(Duration.ofDays(8)));

        var outcome = delivery.deliver(queued(complaint, ReplyMethod.PRIVATE_REPLY, NOW), 1);

        assertThat(outcome).isInstanceOf(DeliveryOutcome.Failed.class);
        assertThat(budget.attempts).isZero();
    }

    private QueuedReply queued(ComplaintId complaint, ReplyMethod method, Instant requestedAt) {
        return new QueuedReply("reply-" + random.nextInt(1_000_000), complaint, method,
                "Terima kasih, aduan Anda kami teruskan ke dinas terkait.", null, Actor.staff("u-1", "Sari"),
                requestedAt);
    }

    /** The account's buckets, as the table would count them. */
    private static final class Budget implements PrivateReplyBudget {
        final Map<String, Integer> taken = new HashMap<>();
        final List<Integer> limits = new ArrayList<>();
        int attempts;

        @Override
        public boolean take(String account, Instant bucketStart, int limit) {
            attempts++;
            limits.add(limit);
            var key = account + "@" + bucketStart;
            if (taken.getOrDefault(key, 0) >= limit) {
                return false;
            }
            taken.merge(key, 1, Integer::sum);
            return true;
        }

        void useUp(Instant bucketStart) {
            taken.put(ACCOUNT + "@" + bucketStart, POLICY.privateReplies().perBucket());
        }
    }

    private final class Complaints implements ComplaintStore {
        private final Map<ComplaintId, ComplaintDetail> details = new HashMap<>();

        ComplaintId comment(Instant postedAt) {
            return add(ReporterMessage.received(COMMENT, Channel.COMMENT, "Jalan berlubang", List.of(), postedAt),
                    new ReplyTarget(ReplyTarget.Kind.COMMENT, COMMENT));
        }

        ComplaintId directMessage(Instant sentAt) {
            return add(ReporterMessage.received("m-" + sentAt.toEpochMilli(), Channel.DM, "Lampu jalan mati", List.of(),
                    sentAt), new ReplyTarget(ReplyTarget.Kind.DM, CITIZEN));
        }

        private ComplaintId add(ReporterMessage opening, ReplyTarget target) {
            var complaint = Complaint.open(ComplaintId.generate(opening.sentAt(), random), TrackingCode.random(random),
                    ACCOUNT, new Reporter(CITIZEN, "warga_cibiru"), opening, target, false, TriageState.PENDING,
                    Priority.NORMAL, ComplaintClocks.onReceived(opening.sentAt(), Priority.NORMAL, "", RULES));
            details.put(complaint.id(), new ComplaintDetail(complaint, List.of(opening), List.of()));
            return complaint.id();
        }

        @Override
        public Optional<ComplaintDetail> load(ComplaintId id) {
            return Optional.ofNullable(details.get(id));
        }

        @Override
        public Optional<Complaint> find(ComplaintId id) {
            return load(id).map(ComplaintDetail::complaint);
        }

        @Override
        public Optional<ComplaintId> findByTrackingCode(TrackingCode code) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Complaint> newest(Status status, int limit) {
            throw new UnsupportedOperationException();
        }
    }

    /** Every claim succeeds and every outcome is recorded: the budget alone decides here. */
    private static final class Replies implements ReplyStore {
        final List<String> claimed = new ArrayList<>();
        final List<TimelineEvent> events = new ArrayList<>();

        @Override
        public Optional<Instant> pausedUntil(String account) {
            return Optional.empty();
        }

        @Override
        public void pauseUntil(String account, Instant until) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ReplyClaim claim(OutgoingReply reply, String owner, Instant now, Instant leaseUntil) {
            claimed.add(reply.replyId());
            return new ReplyClaim.Claimed();
        }

        @Override
        public void release(OutgoingReply reply, String owner) {
        }

        @Override
        public Recording recordSent(OutgoingReply reply, String instagramId, Complaint before, Complaint after,
                                    TimelineEvent event) {
            events.add(event);
            return Recording.RECORDED;
        }

        @Override
        public boolean recordFailed(OutgoingReply reply, String owner, TimelineEvent event) {
            events.add(event);
            return true;
        }

        @Override
        public boolean refuse(ComplaintId complaintId, String replyId, TimelineEvent event) {
            events.add(event);
            return true;
        }

        @Override
        public boolean recordUncertain(OutgoingReply reply, String owner, TimelineEvent event) {
            events.add(event);
            return true;
        }
    }
}

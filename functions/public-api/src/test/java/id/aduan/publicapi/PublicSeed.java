package id.aduan.publicapi;

import id.aduan.adapters.dynamodb.ComplaintTable;
import id.aduan.adapters.dynamodb.DynamoDbComplaintStore;
import id.aduan.adapters.dynamodb.DynamoDbIngestionStore;
import id.aduan.core.complaint.Actor;
import id.aduan.core.complaint.Channel;
import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.complaint.Rejection;
import id.aduan.core.complaint.RejectionReason;
import id.aduan.core.complaint.ReplyTarget;
import id.aduan.core.complaint.Reporter;
import id.aduan.core.complaint.ReporterMessage;
import id.aduan.core.complaint.TimelineEvent;
import id.aduan.core.complaint.TrackingCode;
import id.aduan.core.complaint.TriageState;
import id.aduan.core.ingest.NewComplaint;
import id.aduan.core.ingest.OpenResult;
import id.aduan.core.kernel.Priority;
import id.aduan.core.kernel.Status;
import id.aduan.core.reply.ReplyMethod;
import id.aduan.core.reply.ReplyTimeline;
import id.aduan.core.sla.ComplaintClocks;
import id.aduan.core.sla.SlaPolicy;
import id.aduan.core.sla.SlaRules;
import id.aduan.core.sla.WorkingCalendar;
import id.aduan.core.workflow.ChangeResult;
import id.aduan.core.workflow.ComplaintChange;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/** Complaints written as ingestion and staff write them, with the personal data citizens really send. */
final class PublicSeed {

    static final SlaRules RULES = new SlaRules(SlaPolicy.DEFAULT, WorkingCalendar.standard());
    static final Actor STAFF = Actor.staff("staff-1", "Nia Humas");
    private static final AtomicLong NEXT_ID = new AtomicLong(17_960_000_000_000_000L);

    private final DynamoDbIngestionStore ingestion;
    private final DynamoDbComplaintStore store;
    /** Seeded apart for each seed, so two seeds (two tenants') never draw the same tracking code. */
    private final Random random = new Random(NEXT_ID.incrementAndGet());

    PublicSeed(PublicApi api) {
        this(api.wiring.runtime().table().forTenant(api.wiring.tenants.first()));
    }

    /** Complaints of the tenant {@code table} is bound to. */
    PublicSeed(ComplaintTable table) {
        this.ingestion = new DynamoDbIngestionStore(table, Clock.systemUTC());
        this.store = new DynamoDbComplaintStore(table);
    }

    /** A complaint judged a complaint (its clocks run), NEW. */
    Complaint complaint(Channel channel, String text, Instant at, String reporterId, String username) {
        var instagramId = Long.toString(NEXT_ID.incrementAndGet());
        var opening = ReporterMessage.received(instagramId, channel, text, List.of(), at);
        var target = channel == Channel.DM ? new ReplyTarget(ReplyTarget.Kind.DM, reporterId)
                : new ReplyTarget(ReplyTarget.Kind.COMMENT, instagramId);
        var complaint = Complaint.open(ComplaintId.generate(at, random), TrackingCode.random(random),
                "17841400000000001", new Reporter(reporterId, username), opening, target, false, TriageState.PENDING,
                Priority.NORMAL, ComplaintClocks.onReceived(at, Priority.NORMAL, "", RULES));
        var result = ingestion.open(new NewComplaint(complaint, opening, List.of(TimelineEvent.received(opening)),
                instagramId, null, null, null, null));
        if (!(result instanceof OpenResult.Opened)) {
            throw new IllegalStateException("could not seed a complaint: " + result);
        }
        return complaint;
    }

    Complaint forward(Complaint before, String unit, String category, Instant at) {
        var verified = before.clocks().onStatusChange(Status.NEW, Status.VERIFIED, at, RULES)
                .onStatusChange(Status.VERIFIED, Status.FORWARDED, at, RULES);
        var after = before.toBuilder().status(Status.FORWARDED).unit(unit).category(category).clocks(verified)
                .version(before.version() + 1).build();
        return apply(before, after, List.of(
                TimelineEvent.statusChanged("v2/status", at, STAFF, Status.NEW, Status.FORWARDED, null, Map.of()),
                TimelineEvent.routed("v2/routed", at, STAFF, null, unit, null)));
    }

    Complaint reject(Complaint before, RejectionReason reason, Instant at) {
        var after = before.toBuilder().status(Status.REJECTED).rejection(new Rejection(reason, null, null, null))
                .clocks(before.clocks().onStatusChange(Status.NEW, Status.REJECTED, at, RULES))
                .version(before.version() + 1).build();
        return apply(before, after, List.of(
                TimelineEvent.statusChanged("v2/status", at, STAFF, Status.NEW, Status.REJECTED, reason.name(), Map.of())));
    }

    /** A reply queued by staff and sent, answering the complaint first. */
    Complaint replied(Complaint before, ReplyMethod method, String text, String instagramReplyId, Instant at) {
        var replyId = "r" + NEXT_ID.incrementAndGet();
        var after = before.answered(at, RULES);
        return apply(before, after, List.of(
                TimelineEvent.replyQueued(replyId, method.name(), null, text, at.minusSeconds(30), STAFF),
                ReplyTimeline.sent(replyId, method, before.replyTarget().instagramId(), instagramReplyId, at,
                        "graph-api")));
    }

    private Complaint apply(Complaint before, Complaint after, List<TimelineEvent> events) {
        var change = ComplaintChange.of(before, after, events);
        var result = store.apply(change);
        if (!(result instanceof ChangeResult.Applied)) {
            throw new IllegalStateException("the seed's change was not applied: " + result);
        }
        return change.after();
    }
}

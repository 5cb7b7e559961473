package id.aduan.staff;

import id.aduan.adapters.dynamodb.ComplaintTable;
import id.aduan.adapters.dynamodb.DynamoDbIngestionStore;
import id.aduan.core.complaint.Channel;
import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.complaint.ReplyTarget;
import id.aduan.core.complaint.Reporter;
import id.aduan.core.complaint.ReporterMessage;
import id.aduan.core.complaint.TimelineEvent;
import id.aduan.core.complaint.TrackingCode;
import id.aduan.core.complaint.TriageState;
import id.aduan.core.ingest.NewComplaint;
import id.aduan.core.ingest.OpenResult;
import id.aduan.core.kernel.Priority;
import id.aduan.core.sla.ComplaintClocks;
import id.aduan.core.sla.SlaPolicy;
import id.aduan.core.sla.SlaRules;
import id.aduan.core.sla.WorkingCalendar;
import id.aduan.core.triage.Triage;
import id.aduan.core.triage.TriageSuggestion;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;

/** Complaints as ingestion stores them, written straight into the table for the staff API to work. */
final class Seed {

    static final SlaRules RULES = new SlaRules(SlaPolicy.DEFAULT, WorkingCalendar.standard());
    private static final AtomicLong NEXT_ID = new AtomicLong(17_950_000_000_000_000L);
    private static final Triage TRIAGE = Triage.builtIn();

    private final DynamoDbIngestionStore store;
    private final RandomGenerator random = RandomGenerator.getDefault();

    Seed(StaffApi api) {
        this(api.table());
    }

    /** Complaints of the tenant {@code table} is bound to. */
    Seed(ComplaintTable table) {
        this.store = new DynamoDbIngestionStore(table, Clock.systemUTC());
    }

    /** A comment complaint, NEW, received at {@code at}. */
    Complaint comment(String text, Instant at) {
        return create(Channel.COMMENT, text, at, Priority.NORMAL, "6123456789012345", "warga_cibiru");
    }

    /** A DM complaint, NEW, received at {@code at}. */
    Complaint directMessage(String text, Instant at) {
        return create(Channel.DM, text, at, Priority.NORMAL, "6123456789012404", null);
    }

    Complaint create(Channel channel, String text, Instant at, Priority priority, String reporterId, String username) {
        return create(channel, text, at, false, TriageState.PENDING, priority,
                ComplaintClocks.onReceived(at, priority, "", RULES), reporterId, username);
    }

    /**
     * A comment as the webhook takes it in, triaged by the built-in engine: the suggestion kept with
     * it, and SLA clocks only when triage judged it a complaint.
     */
    Complaint triaged(String text, Instant at) {
        var suggestion = TriageSuggestion.of(TRIAGE.assess(text), Optional.empty(), List.of());
        var clocks = suggestion.complaint()
                ? ComplaintClocks.onReceived(at, suggestion.priority(), suggestion.topic(), RULES) : null;
        return create(Channel.COMMENT, text, at, false, new TriageState.Assessed(suggestion), suggestion.priority(),
                clocks, "6123456789012345", "warga_cibiru");
    }

    /** A mention of the account, its text still to be fetched: not triaged yet. */
    Complaint mentionAwaitingText(Instant at) {
        return create(Channel.MENTION_MEDIA, "", at, true, TriageState.PENDING, Priority.NORMAL, null,
                "6123456789012345", "warga_cibiru");
    }

    private Complaint create(Channel channel, String text, Instant at, boolean contentPending, TriageState triage,
                             Priority priority, ComplaintClocks clocks, String reporterId, String username) {
        var instagramId = Long.toString(NEXT_ID.incrementAndGet());
        var opening = ReporterMessage.received(instagramId, channel, text, List.of(), at);
        var target = channel == Channel.DM ? new ReplyTarget(ReplyTarget.Kind.DM, reporterId)
                : new ReplyTarget(ReplyTarget.Kind.COMMENT, instagramId);
        var complaint = Complaint.open(ComplaintId.generate(at, random), TrackingCode.random(random), "17841400000000001",
                new Reporter(reporterId, username), opening, target, contentPending, triage, priority, clocks);
        var result = store.open(new NewComplaint(complaint, opening, List.of(TimelineEvent.received(opening)),
                instagramId, null, null, null, null));
        if (!(result instanceof OpenResult.Opened)) {
            throw new IllegalStateException("could not seed a complaint: " + result);
        }
        return complaint;
    }
}

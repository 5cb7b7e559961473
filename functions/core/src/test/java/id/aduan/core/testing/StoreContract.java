package id.aduan.core.testing;

import id.aduan.core.alert.RecordResult;
import id.aduan.core.alert.SlaStore;
import id.aduan.core.complaint.Channel;
import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.complaint.ComplaintStore;
import id.aduan.core.complaint.ReplyTarget;
import id.aduan.core.complaint.Reporter;
import id.aduan.core.complaint.ReporterMessage;
import id.aduan.core.complaint.TimelineEvent;
import id.aduan.core.complaint.TrackingCode;
import id.aduan.core.complaint.TriageState;
import id.aduan.core.desk.ComplaintChanges;
import id.aduan.core.digest.DigestSource;
import id.aduan.core.ingest.IngestionPorts;
import id.aduan.core.ingest.MentionFetches;
import id.aduan.core.ingest.NewComplaint;
import id.aduan.core.ingest.OpenResult;
import id.aduan.core.kernel.Priority;
import id.aduan.core.reply.OutgoingReply;
import id.aduan.core.sla.ComplaintClocks;
import id.aduan.core.sla.SlaPolicy;
import id.aduan.core.sla.SlaRules;
import id.aduan.core.sla.WorkingCalendar;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * What every contract suite of the table's ports stands on: the ports under test, over one table that
 * is empty when each test begins, and complaints to seed it with. A subclass per implementation (the
 * in-memory table, the DynamoDB adapters on the emulator) runs the same tests on both.
 */
public abstract class StoreContract {

    protected static final SlaRules RULES = new SlaRules(SlaPolicy.DEFAULT, WorkingCalendar.standard());
    /** Recent enough for every index, old enough that its SLA alerts are due; whole milliseconds, as stored. */
    protected static final Instant RECEIVED = Instant.now().minus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);

    /** The ports under test, all over one table; {@code uncertainReplies} seeds what the reply sender leaves. */
    public record Subject(IngestionPorts ingestion, SlaStore sla, ComplaintStore complaints, ComplaintChanges changes,
                          MentionFetches fetches, DigestSource digest, UncertainReplies uncertainReplies) {
    }

    /** Leaves a reply as the reply sender does when it cannot learn whether Instagram sent it: its echo awaited. */
    @FunctionalInterface
    public interface UncertainReplies {
        void leave(OutgoingReply reply);
    }

    private final Supplier<Subject> subject;
    private final Random random = new Random();
    private long sequence = random.nextLong(1, 1_000_000_000L);

    /** {@code subject} is asked for each time: an implementation may set up its table after constructing the test. */
    protected StoreContract(Supplier<Subject> subject) {
        this.subject = subject;
    }

    /** Ingestion's ports over the table under test. */
    protected IngestionPorts ingestion() {
        return subject.get().ingestion();
    }

    /** The SLA sweep's port over the same table. */
    protected SlaStore sla() {
        return subject.get().sla();
    }

    /** The staff side's reads over the same table. */
    protected ComplaintStore complaints() {
        return subject.get().complaints();
    }

    /** The staff side's writes over the same table. */
    protected ComplaintChanges changes() {
        return subject.get().changes();
    }

    /** Mentions waiting for their text, over the same table. */
    protected MentionFetches fetches() {
        return subject.get().fetches();
    }

    /** The daily digest's reads over the same table. */
    protected DigestSource digest() {
        return subject.get().digest();
    }

    /** Replies sent without learning whether they went out, in the same table. */
    protected UncertainReplies uncertainReplies() {
        return subject.get().uncertainReplies();
    }

    /** A fresh Instagram object id. */
    protected String objectId() {
        return "1790" + (++sequence);
    }

    protected ReporterMessage comment(String id, String text, Instant at) {
        return ReporterMessage.received(id, Channel.COMMENT, text, List.of(), at);
    }

    /** The id of a complaint nobody opened. */
    protected ComplaintId unknownComplaint() {
        return ComplaintId.generate(RECEIVED, random);
    }

    /** A comment that opens a complaint, received at {@code at}, its SLA clocks running. */
    protected NewComplaint newComplaint(Instant at) {
        var opening = comment(objectId(), "jalan berlubang di depan pasar", at);
        return new NewComplaint(complaintOf(opening), opening, List.of(TimelineEvent.received(opening)),
                opening.instagramId(), null, null, null, null);
    }

    /** A direct message that opens a complaint and routes its conversation to it. */
    protected NewComplaint newConversation(String conversationKey, ComplaintId supersedes, Instant at) {
        var opening = ReporterMessage.received(objectId(), Channel.DM, "lampu jalan mati", List.of(), at);
        return new NewComplaint(complaintOf(opening), opening, List.of(TimelineEvent.received(opening)),
                opening.instagramId(), conversationKey, supersedes, null, null);
    }

    /** A comment that mentions the account, received at {@code at}: its text is still to be fetched. */
    protected NewComplaint newMention(Instant at) {
        var opening = ReporterMessage.received(objectId(), Channel.MENTION_COMMENT, null, List.of(), at);
        return new NewComplaint(complaintOf(opening, true), opening, List.of(TimelineEvent.received(opening)),
                "mention/" + opening.instagramId(), null, null, null, null);
    }

    private Complaint complaintOf(ReporterMessage opening) {
        return complaintOf(opening, false);
    }

    private Complaint complaintOf(ReporterMessage opening, boolean contentPending) {
        var at = opening.sentAt();
        return Complaint.open(ComplaintId.generate(at, random), TrackingCode.random(random), "17841400000000001",
                new Reporter("6123", "warga"), opening,
                new ReplyTarget(ReplyTarget.Kind.COMMENT, opening.instagramId()),
                contentPending, TriageState.PENDING, Priority.NORMAL,
                ComplaintClocks.onReceived(at, Priority.NORMAL, "", RULES));
    }

    /** Opens the complaint and reads it back as stored. */
    protected Complaint opened(NewComplaint candidate) {
        var result = ingestion().opening().open(candidate);
        if (!(result instanceof OpenResult.Opened)) {
            throw new IllegalStateException("could not seed " + candidate.claimKey() + ": " + result);
        }
        return stored(candidate.complaint().id());
    }

    protected Complaint stored(ComplaintId id) {
        return ingestion().lookup().findComplaint(id).orElseThrow();
    }

    /**
     * Writes a new state of the complaint over its current revision, as staff or the sweep would; returns it
     * as stored.
     */
    protected Complaint rewritten(Complaint before, Complaint after) {
        if (!(sla().record(before, after, List.of(), List.of()) instanceof RecordResult.Recorded)) {
            throw new IllegalStateException("could not rewrite " + before.id());
        }
        return stored(before.id());
    }
}

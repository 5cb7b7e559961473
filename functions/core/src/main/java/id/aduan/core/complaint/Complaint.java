package id.aduan.core.complaint;

import id.aduan.core.kernel.Priority;
import id.aduan.core.kernel.Status;
import id.aduan.core.sla.ComplaintClocks;
import id.aduan.core.sla.SlaRules;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A citizen's complaint as the team works it: opened by the first comment or DM, followed by every
 * later message of the same reporter in the same thread.
 *
 * @param unit                    the responsible unit (OPD) once staff set it; triage only suggests
 * @param category                the topic staff confirmed ("Jalan rusak"); null until verified
 * @param priority                suggested by triage when the complaint arrives, confirmed by staff
 * @param clocks                  the SLA clocks; null while the message is not judged a complaint
 * @param statusBeforeInfoRequest where the complaint goes back to when the reporter answers
 * @param objectionEndsAt         while RESOLVED, the end of the objection window: until then the reporter
 *                                or staff may reopen it; from then on it closes by itself
 * @param version                 the staff version: counts the changes of what people decide (status, unit,
 *                                priority, assignee, category, notes, replies queued, hidden comments). A
 *                                staff action names the version it was decided on and is refused when a
 *                                person changed the complaint since; system bookkeeping never moves it
 * @param revision                counts every write of the complaint, people's and the system's (SLA levels
 *                                sent, reply outcomes, fetched text). Every write is conditioned on the
 *                                revision it read, so no two concurrent writes can both apply and none is lost;
 *                                it is the store's business and never shown
 */
public record Complaint(ComplaintId id, TrackingCode trackingCode, Status status, Channel channel, String account,
                        Reporter reporter, String text, List<MediaRef> media, ReplyTarget replyTarget,
                        Instant receivedAt, Instant lastMessageAt, int messageCount, boolean contentPending,
                        Instant firstResponseAt, TriageState triage, String unit, String category, Priority priority,
                        Assignee assignee, ComplaintClocks clocks, Rejection rejection,
                        Status statusBeforeInfoRequest, Instant resolvedAt, Instant objectionEndsAt,
                        long version, long revision) {

    public Complaint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(trackingCode, "trackingCode");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(reporter, "reporter");
        Objects.requireNonNull(replyTarget, "replyTarget");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(triage, "triage");
        Objects.requireNonNull(priority, "priority");
        media = media == null ? List.of() : List.copyOf(media);
    }

    /**
     * A complaint as it is first captured from its opening message: NEW, version and revision 1, with triage's
     * suggestion (or pending) and, when it is judged a complaint, its running SLA clocks.
     */
    public static Complaint open(ComplaintId id, TrackingCode code, String account, Reporter reporter,
                                 ReporterMessage opening, ReplyTarget replyTarget, boolean contentPending,
                                 TriageState triage, Priority priority, ComplaintClocks clocks) {
        return new Complaint(id, code, Status.NEW, opening.channel(), account, reporter, opening.text(),
                opening.media(), replyTarget, opening.sentAt(), opening.sentAt(), 1, contentPending, null, triage,
                null, null, priority, null, clocks, null, null, null, null, 1, 1);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The version a change of this complaint writes: one past the version it was read at. */
    public long nextVersion() {
        return version + 1;
    }

    /** A builder of this complaint's next revision, the version already counted up. */
    public Builder nextRevision() {
        return toBuilder().version(nextVersion());
    }

    public Complaint withTrackingCode(TrackingCode code) {
        return toBuilder().trackingCode(code).build();
    }

    /** The complaint with its opening message's text replaced (the reporter edited it). */
    public Complaint withText(String newText) {
        return toBuilder().text(newText).build();
    }

    /**
     * The complaint after the team answered the reporter at {@code at}, on Instagram or through Aduan:
     * the earliest answer is the first response, and it stops the first-response clock. Bookkeeping of a
     * reply already decided on, so the staff version stays.
     */
    public Complaint answered(Instant at, SlaRules rules) {
        var first = firstResponseAt == null || at.isBefore(firstResponseAt) ? at : firstResponseAt;
        var stopped = clocks == null ? null : clocks.onStaffReply(at, rules);
        return toBuilder().firstResponseAt(first).clocks(stopped).build();
    }

    /** When a RESOLVED complaint closes by itself: the end of its objection window. */
    public Optional<Instant> autoCloseAt() {
        return status == Status.RESOLVED ? Optional.ofNullable(objectionEndsAt) : Optional.empty();
    }

    /**
     * When the SLA sweep next has work on the complaint: the next alert its clocks owe, or the end of its
     * objection window, whichever comes first. It is the complaint's key in the due index.
     */
    public Optional<Instant> nextSweepAt() {
        var alert = clocks == null ? Optional.<Instant>empty() : clocks.nextDueAt();
        return Stream.of(alert, autoCloseAt()).flatMap(Optional::stream).min(Instant::compareTo);
    }

    public boolean acceptsFollowUps() {
        return !status.isFinal();
    }

    /** Builds a changed copy; {@link #build()} checks the same rules as the constructor. */
    public static final class Builder {
        private ComplaintId id;
        private TrackingCode trackingCode;
        private Status status;
        private Channel channel;
        private String account;
        private Reporter reporter;
        private String text;
        private List<MediaRef> media;
        private ReplyTarget replyTarget;
        private Instant receivedAt;
        private Instant lastMessageAt;
        private int messageCount;
        private boolean contentPending;
        private Instant firstResponseAt;
        private TriageState triage;
        private String unit;
        private String category;
        private Priority priority;
        private Assignee assignee;
        private ComplaintClocks clocks;
        private Rejection rejection;
        private Status statusBeforeInfoRequest;
        private Instant resolvedAt;
        private Instant objectionEndsAt;
        private long version;
        private long revision;

        private Builder(Complaint c) {
            id = c.id;
            trackingCode = c.trackingCode;
            status = c.status;
            channel = c.channel;
            account = c.account;
            reporter = c.reporter;
            text = c.text;
            media = c.media;
            replyTarget = c.replyTarget;
            receivedAt = c.receivedAt;
            lastMessageAt = c.lastMessageAt;
            messageCount = c.messageCount;
            contentPending = c.contentPending;
            firstResponseAt = c.firstResponseAt;
            triage = c.triage;
            unit = c.unit;
            category = c.category;
            priority = c.priority;
            assignee = c.assignee;
            clocks = c.clocks;
            rejection = c.rejection;
            statusBeforeInfoRequest = c.statusBeforeInfoRequest;
            resolvedAt = c.resolvedAt;
            objectionEndsAt = c.objectionEndsAt;
            version = c.version;
            revision = c.revision;
        }

        public Builder trackingCode(TrackingCode value) {
            trackingCode = value;
            return this;
        }

        public Builder status(Status value) {
            status = value;
            return this;
        }

        public Builder reporter(Reporter value) {
            reporter = value;
            return this;
        }

        public Builder text(String value) {
            text = value;
            return this;
        }

        public Builder media(List<MediaRef> value) {
            media = value;
            return this;
        }

        public Builder replyTarget(ReplyTarget value) {
            replyTarget = value;
            return this;
        }

        public Builder lastMessageAt(Instant value) {
            lastMessageAt = value;
            return this;
        }

        public Builder messageCount(int value) {
            messageCount = value;
            return this;
        }

        public Builder contentPending(boolean value) {
            contentPending = value;
            return this;
        }

        public Builder firstResponseAt(Instant value) {
            firstResponseAt = value;
            return this;
        }

        public Builder triage(TriageState value) {
            triage = value;
            return this;
        }

        public Builder unit(String value) {
            unit = value;
            return this;
        }

        public Builder category(String value) {
            category = value;
            return this;
        }

        public Builder priority(Priority value) {
            priority = value;
            return this;
        }

        public Builder assignee(Assignee value) {
            assignee = value;
            return this;
        }

        public Builder clocks(ComplaintClocks value) {
            clocks = value;
            return this;
        }

        public Builder rejection(Rejection value) {
            rejection = value;
            return this;
        }

        public Builder statusBeforeInfoRequest(Status value) {
            statusBeforeInfoRequest = value;
            return this;
        }

        public Builder resolvedAt(Instant value) {
            resolvedAt = value;
            return this;
        }

        public Builder objectionEndsAt(Instant value) {
            objectionEndsAt = value;
            return this;
        }

        public Builder version(long value) {
            version = value;
            return this;
        }

        public Builder revision(long value) {
            revision = value;
            return this;
        }

        public Complaint build() {
            return new Complaint(id, trackingCode, status, channel, account, reporter, text, media, replyTarget,
                    receivedAt, lastMessageAt, messageCount, contentPending, firstResponseAt, triage, unit, category,
                    priority, assignee, clocks, rejection, statusBeforeInfoRequest, resolvedAt, objectionEndsAt,
                    version, revision);
        }
    }
}

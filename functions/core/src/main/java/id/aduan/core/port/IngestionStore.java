package id.aduan.core.port;

import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.complaint.ReporterMessage;
import id.aduan.core.complaint.TimelineEvent;
import id.aduan.core.ingest.FollowUp;
import id.aduan.core.ingest.NewComplaint;
import id.aduan.core.ingest.ObjectClaim;
import id.aduan.core.ingest.PendingChange;
import id.aduan.core.ingest.WriteResult;
import id.aduan.core.reply.AwaitedReply;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Storage for taking complaints in. Every write is atomic and conditional, so that each Instagram
 * object is taken in exactly once however often it is delivered.
 */
public interface IngestionStore {

    Optional<ObjectClaim> findClaim(String claimKey);

    /** The complaint a DM conversation currently routes to, if any. */
    Optional<ComplaintId> findConversation(String conversationKey);

    WriteResult create(NewComplaint complaint);

    WriteResult attach(FollowUp followUp);

    Optional<Complaint> findComplaint(ComplaintId id);

    /**
     * Records that the team answered on Instagram: claims the answer's object and writes the complaint's
     * new state (first response time, first-response clock stopped) over the version it was read at.
     */
    WriteResult recordResponse(Complaint before, Complaint after, String claimKey, TimelineEvent event);

    Optional<ReporterMessage> findMessage(ComplaintId id, String messageId, Instant sentAt);

    /**
     * Replaces a stored message with its edited or unsent form, with its timeline event; the opening
     * message's text is also the complaint's. Applies only if the stored message is still
     * {@code before}, so a concurrent or repeated change cannot apply twice.
     */
    WriteResult changeMessage(ComplaintId id, ReporterMessage before, ReporterMessage after, boolean opening,
                              TimelineEvent event);

    /**
     * Keeps an edit or unsend whose message has not arrived. {@code expected} is the placeholder read
     * before merging (null when there was none); the write fails if it changed meanwhile.
     */
    WriteResult holdPending(String claimKey, PendingChange merged, PendingChange expected);

    /** Replies Aduan sent, or may have sent, into this conversation and whose echo is still awaited. */
    List<AwaitedReply> awaitedReplies(String conversationKey);

    /**
     * Matches an echo to the reply it echoes: the reply becomes SENT with the echo's Instagram id, which
     * is claimed for its complaint, with its event and the complaint's new state ({@code after}, null when
     * nothing changes) over {@code before}'s version. {@code ClaimTaken} when the Instagram id was claimed
     * before; {@code Superseded} when the reply or the complaint changed since they were read.
     */
    WriteResult confirmReply(AwaitedReply reply, String instagramId, Complaint before, Complaint after,
                             TimelineEvent event);
}

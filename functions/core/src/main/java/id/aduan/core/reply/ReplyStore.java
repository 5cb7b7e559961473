package id.aduan.core.reply;

import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.complaint.TimelineEvent;
import java.time.Instant;
import java.util.Optional;

/**
 * The reply sender's records: which attempt holds each reply, how each ended, and whether sending is
 * paused for an account. Every change of a reply is conditional on the state it was read in, so a reply
 * is sent at most once and its outcome recorded once, however often its message is delivered.
 */
public interface ReplyStore {

    /** The end of the account's current pause in sending, if one is running or recent. */
    Optional<Instant> pausedUntil(String account);

    /** Pauses sending for the account until {@code until}, unless a longer pause already runs. */
    void pauseUntil(String account, Instant until);

    /**
     * Claims the reply for this attempt ({@code owner}) until {@code leaseUntil}: it must be new, waiting,
     * or held by an attempt whose lease ended before {@code now}. A private reply also takes its comment's
     * one private reply. While claimed, the reply awaits its echo under its echo conversation.
     */
    ReplyClaim claim(OutgoingReply reply, String owner, Instant now, Instant leaseUntil);

    /** The attempt did not send: the reply may be claimed again, and gives back what it took. */
    void release(OutgoingReply reply, String owner);

    /**
     * Records that Instagram accepted the reply with {@code instagramId}: the reply SENT, the Instagram id
     * claimed for the complaint (so its echo is recognised), the event, and the complaint's new state
     * ({@code after}, null when nothing changes) written over {@code before}'s version.
     */
    Recording recordSent(OutgoingReply reply, String instagramId, Complaint before, Complaint after,
                         TimelineEvent event);

    /** Records a claimed reply as FAILED (not sent) with its event; gives back what it took. */
    boolean recordFailed(OutgoingReply reply, String owner, TimelineEvent event);

    /** Records a reply that was never claimed as FAILED; false when it was claimed or ended meanwhile. */
    boolean refuse(ComplaintId complaintId, String replyId, TimelineEvent event);

    /** Records a claimed reply as UNCERTAIN; it keeps awaiting its echo. False when it ended meanwhile. */
    boolean recordUncertain(OutgoingReply reply, String owner, TimelineEvent event);

    enum Recording {
        RECORDED,
        /** The complaint changed since it was read: read it again and retry. */
        COMPLAINT_CHANGED,
        /** Its echo was matched to it first, or this was recorded before. */
        ALREADY_RECORDED
    }
}

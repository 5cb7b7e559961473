package id.aduan.core.ingest;

/** Attaches a reporter's later message to their complaint, with the claim of its Instagram object. */
public interface FollowUpAttachment {

    /**
     * A plain attach applies while the complaint takes follow-ups (not final, not waiting for the
     * reporter); one over a complaint as read ({@link FollowUp#readAt}) applies only at that revision.
     */
    AttachResult attach(FollowUp followUp);
}

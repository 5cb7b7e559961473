package id.aduan.core.ingest;

/**
 * Opens a complaint from a citizen's first message: the complaint, its message and events, the claim
 * of the Instagram object, its tracking code and, for a DM, the conversation link, all or nothing.
 */
public interface ComplaintOpening {

    /**
     * Applies only if the object is unclaimed (or still claimed by exactly {@link NewComplaint#replacing}),
     * the tracking code is free and the conversation still points where it did ({@link NewComplaint#supersedes}).
     */
    OpenResult open(NewComplaint complaint);
}

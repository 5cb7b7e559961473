package id.aduan.core.ingest;

import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.TimelineEvent;

/** Records that the team answered a complaint from the Instagram app. */
public interface ResponseRecording {

    /**
     * Claims the answer's object and writes the complaint's new state (first response time,
     * first-response clock stopped) over the revision it was read at, with the event.
     */
    ResponseResult recordResponse(Complaint before, Complaint after, String claimKey, TimelineEvent event);
}

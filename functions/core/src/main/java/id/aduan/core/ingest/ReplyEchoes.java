package id.aduan.core.ingest;

import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.TimelineEvent;
import id.aduan.core.reply.AwaitedReply;
import java.util.List;

/** Matches the echoes Instagram sends of Aduan's own replies to the replies they echo. */
public interface ReplyEchoes {

    /** Replies Aduan sent, or may have sent, into this conversation and whose echo is still awaited. */
    List<AwaitedReply> awaitedReplies(String conversationKey);

    /**
     * The reply becomes SENT with the echo's Instagram id, which is claimed for its complaint, with its
     * event and the complaint's new state ({@code after}, null when nothing changes) over {@code before}'s
     * revision. Applies only while the reply still awaits its echo and the complaint is unchanged.
     */
    EchoResult confirmReply(AwaitedReply reply, String instagramId, Complaint before, Complaint after,
                            TimelineEvent event);
}

package id.aduan.core.desk;

import id.aduan.core.access.Access;
import id.aduan.core.access.StaffMember;
import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.ComplaintStore;
import id.aduan.core.complaint.TimelineEvent;
import id.aduan.core.instagram.GraphResult;
import id.aduan.core.instagram.InstagramClients;
import id.aduan.core.language.Phrase;
import id.aduan.core.reply.ReplySituation;
import id.aduan.core.workflow.ActionKind;
import java.time.Clock;
import java.util.List;

/**
 * Hides the reporter's comment on Instagram (spam, or personal data written in public): hidden from
 * everyone but its author. Instagram is asked first; once it has hidden the comment, that is recorded
 * whatever happened to the complaint meanwhile.
 */
public final class CommentModeration {

    private final InstagramClients instagram;
    private final Clock clock;
    private final Counter counter;
    private final Recorder recorder;

    public CommentModeration(ComplaintStore store, ComplaintChanges changes, InstagramClients instagram, Clock clock) {
        this.instagram = instagram;
        this.clock = clock;
        this.counter = new Counter(store);
        this.recorder = new Recorder(store, changes);
    }

    public Complaint hide(StaffMember staff, String reference, long expectedVersion) {
        var detail = counter.visibleDetail(staff, reference);
        var complaint = detail.complaint();
        Access.require(staff, ActionKind.HIDE_COMMENT);
        Counter.requireVersion(complaint, expectedVersion);
        var comment = ReplySituation.of(detail, false).comment()
                .orElseThrow(() -> new ActionConflict("NOT_A_COMMENT", Phrase.of("error.comment.notAComment"),
                        List.of()));
        if (comment.hidden()) {
            throw new ActionConflict("ALREADY_HIDDEN", Phrase.of("error.comment.alreadyHidden"), List.of());
        }
        if (instagram.of(complaint.account()).hideComment(comment.commentId()) instanceof GraphResult.Failure<String>(var failure)) {
            throw new InstagramRefused(failure);
        }
        return recorder.recordDecision(complaint, version -> TimelineEvent.commentHidden("v" + version + "/hidden",
                comment.commentId(), clock.instant(), staff.actor()));
    }
}

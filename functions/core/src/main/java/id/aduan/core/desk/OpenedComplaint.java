package id.aduan.core.desk;

import id.aduan.core.complaint.ComplaintDetail;
import id.aduan.core.reply.ReplyPlan;
import id.aduan.core.workflow.ActionKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A complaint as a staff member opens it: its state, messages and timeline, the messages of the
 * duplicates merged into it, how it can be answered now, and what this member can do to it now.
 */
public record OpenedComplaint(ComplaintDetail detail, List<MergedComplaint> merged, ReplyPlan replyPlan,
                              Set<ActionKind> actions) {
    public OpenedComplaint {
        merged = List.copyOf(merged);
        actions = actions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(actions));
    }
}

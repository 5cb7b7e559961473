package id.aduan.core.workflow;

import static id.aduan.core.kernel.Status.CLOSED;
import static id.aduan.core.kernel.Status.FORWARDED;
import static id.aduan.core.kernel.Status.IN_PROGRESS;
import static id.aduan.core.kernel.Status.NEEDS_INFO;
import static id.aduan.core.kernel.Status.NEW;
import static id.aduan.core.kernel.Status.REJECTED;
import static id.aduan.core.kernel.Status.RESOLVED;
import static id.aduan.core.kernel.Status.VERIFIED;

import id.aduan.core.kernel.Status;
import id.aduan.core.language.Labelled;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What staff can do to a complaint, and in which statuses (WORKFLOW-AND-SLA.md, "Allowed moves"). The
 * first nine are the workflow's moves from status to status; the others change no status.
 * {@link #label()} is what staff see.
 */
public enum ActionKind implements Labelled {
    VERIFY(EnumSet.of(NEW, NEEDS_INFO), VERIFIED),
    ASK_FOR_INFORMATION(EnumSet.of(NEW), NEEDS_INFO),
    /** Disposisi: hand the complaint to the responsible unit (OPD). */
    FORWARD(EnumSet.of(VERIFIED), FORWARDED),
    /** Hand a forwarded complaint to another unit, with the reason. */
    REROUTE(EnumSet.of(FORWARDED), FORWARDED),
    START_FOLLOW_UP(EnumSet.of(FORWARDED), IN_PROGRESS),
    RESOLVE(EnumSet.of(IN_PROGRESS), RESOLVED),
    CLOSE(EnumSet.of(RESOLVED), CLOSED),
    /** Within the objection window after it was resolved. */
    REOPEN(EnumSet.of(RESOLVED), IN_PROGRESS),
    REJECT(EnumSet.of(NEW, NEEDS_INFO, VERIFIED), REJECTED),
    ASSIGN(open(), null),
    ADD_NOTE(EnumSet.allOf(Status.class), null),
    CHANGE_PRIORITY(open(), null),
    /** Replies go out in any status: a rejected complaint is told why, a duplicate where to follow it. */
    QUEUE_REPLY(EnumSet.allOf(Status.class), null),
    HIDE_COMMENT(EnumSet.allOf(Status.class), null);

    private final Set<Status> from;
    private final Status to;

    ActionKind(Set<Status> from, Status to) {
        this.from = Set.copyOf(from);
        this.to = to;
    }

    @Override
    public String labelGroup() {
        return "action";
    }

    /** The statuses the action may be taken in. */
    public Set<Status> from() {
        return from;
    }

    /** Where a move takes the complaint; empty for actions that change no status. */
    public Optional<Status> to() {
        return Optional.ofNullable(to);
    }

    public boolean isMove() {
        return to != null;
    }

    private static Set<Status> open() {
        var statuses = EnumSet.allOf(Status.class);
        statuses.removeIf(Status::isFinal);
        return statuses;
    }
}

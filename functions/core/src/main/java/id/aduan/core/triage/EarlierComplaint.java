package id.aduan.core.triage;

import id.aduan.core.complaint.RejectionReason;
import id.aduan.core.kernel.Status;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * How one of a reporter's earlier complaints stands, all that their history signal reads of it.
 *
 * @param rejection why it was rejected; null unless {@code status} is REJECTED
 */
public record EarlierComplaint(Status status, RejectionReason rejection) {

    /** Staff took it up: verified, passed on, worked or finished. */
    private static final Set<Status> HANDLED =
            EnumSet.of(Status.VERIFIED, Status.FORWARDED, Status.IN_PROGRESS, Status.RESOLVED, Status.CLOSED);

    public EarlierComplaint {
        Objects.requireNonNull(status, "status");
    }

    public boolean handled() {
        return HANDLED.contains(status);
    }

    /** Staff judged it no complaint at all: spam, or chat and praise. */
    public boolean rejectedAsJunk() {
        return status == Status.REJECTED
                && (rejection == RejectionReason.SPAM || rejection == RejectionReason.NOT_A_COMPLAINT);
    }

    /** Staff have decided on it; one still waiting for triage or for the reporter tells nothing yet. */
    public boolean decided() {
        return handled() || status == Status.REJECTED;
    }
}

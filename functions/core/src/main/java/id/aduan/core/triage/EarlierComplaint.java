package id.aduan.core.triage;

import id.aduan.core.kernel.Status;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * How one of a reporter's earlier complaints stands, all that their history signal reads of it.
 *
 * @param rejectedAsJunk staff rejected it as no complaint at all (see {@code RejectionReason.saysNoComplaint})
 */
public record EarlierComplaint(Status status, boolean rejectedAsJunk) {

    /** Staff took it up: verified, passed on, worked or finished. */
    private static final Set<Status> HANDLED =
            EnumSet.of(Status.VERIFIED, Status.FORWARDED, Status.IN_PROGRESS, Status.RESOLVED, Status.CLOSED);

    public EarlierComplaint {
        Objects.requireNonNull(status, "status");
        if (rejectedAsJunk && status != Status.REJECTED) {
            throw new IllegalArgumentException("only a rejected complaint is junk, not a " + status + " one");
        }
    }

    public boolean handled() {
        return HANDLED.contains(status);
    }

    /** Staff have decided on it; one still waiting for triage or for the reporter tells nothing yet. */
    public boolean decided() {
        return handled() || status == Status.REJECTED;
    }
}

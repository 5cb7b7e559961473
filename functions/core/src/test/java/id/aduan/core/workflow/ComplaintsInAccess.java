package id.aduan.core.workflow;

import id.aduan.core.complaint.Complaint;
import id.aduan.core.kernel.Status;

/** Complaints of a given unit and status for the access tests. */
public final class ComplaintsInAccess {

    private ComplaintsInAccess() {
    }

    public static Complaint withUnit(String unit, Status status) {
        return Complaints.in(status).toBuilder().unit(unit).build();
    }
}

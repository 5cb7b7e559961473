package id.aduan.core.desk;

import id.aduan.core.access.Access;
import id.aduan.core.access.StaffMember;
import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.ComplaintDetail;
import id.aduan.core.complaint.ComplaintStore;
import id.aduan.core.kernel.VersionConflict;

/**
 * The checks every desk makes before it changes a complaint, in the order that leaks nothing: a
 * complaint the member may not see does not exist for them; then their roles; then the version.
 */
final class Counter {

    private final ComplaintStore store;

    Counter(ComplaintStore store) {
        this.store = store;
    }

    Complaint visible(StaffMember staff, String reference) {
        return ComplaintReference.resolve(reference, store).flatMap(store::find)
                .filter(complaint -> Access.canSee(staff, complaint))
                .orElseThrow(() -> new ComplaintNotFound(reference));
    }

    ComplaintDetail visibleDetail(StaffMember staff, String reference) {
        return ComplaintReference.resolve(reference, store).flatMap(store::load)
                .filter(detail -> Access.canSee(staff, detail.complaint()))
                .orElseThrow(() -> new ComplaintNotFound(reference));
    }

    static void requireVersion(Complaint complaint, long expected) {
        if (complaint.version() != expected) {
            throw new VersionConflict(expected, complaint.version());
        }
    }
}

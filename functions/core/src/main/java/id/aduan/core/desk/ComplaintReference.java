package id.aduan.core.desk;

import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.complaint.ComplaintStore;
import id.aduan.core.complaint.TrackingCode;
import java.util.Optional;

/** How staff name a complaint: its id, or the tracking code the reporter quotes (typed in any case). */
final class ComplaintReference {

    private ComplaintReference() {
    }

    static Optional<ComplaintId> resolve(String reference, ComplaintStore store) {
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        if (ComplaintId.isValid(reference)) {
            return Optional.of(new ComplaintId(reference));
        }
        try {
            return store.findByTrackingCode(TrackingCode.parseLenient(reference));
        } catch (IllegalArgumentException notACode) {
            return Optional.empty();
        }
    }
}

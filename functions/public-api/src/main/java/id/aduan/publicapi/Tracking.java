package id.aduan.publicapi;

import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.ComplaintStore;
import id.aduan.core.complaint.TimelineEvent;
import id.aduan.core.complaint.TrackingCode;
import id.aduan.core.report.Publication;
import id.aduan.core.report.Publication.PublicReply;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Finds a complaint by its tracking code with what the public may read of its history. */
final class Tracking {

    /** A complaint with its public replies and the time anything last happened to it. */
    record Tracked(Complaint complaint, List<PublicReply> replies, Instant updatedAt) {
    }

    private final ComplaintStore store;

    Tracking(ComplaintStore store) {
        this.store = store;
    }

    /** Empty for a code no complaint has, or one the public may not track (spam). */
    Optional<Tracked> find(TrackingCode code) {
        return store.findByTrackingCode(code).flatMap(store::load)
                .filter(detail -> Publication.isTrackable(detail.complaint()))
                .map(detail -> new Tracked(detail.complaint(), Publication.publicReplies(detail.timeline()),
                        detail.timeline().stream().map(TimelineEvent::at).max(Instant::compareTo)
                                .orElse(detail.complaint().receivedAt())));
    }

    /** Reads a code as typed, or fails with a 400 that says what a code looks like. */
    static TrackingCode parse(String typed) {
        try {
            return TrackingCode.parseLenient(typed);
        } catch (IllegalArgumentException e) {
            throw PublicProblem.badRequest("kode lacak berbentuk ADU-XXXXX, misalnya ADU-7K3Q9");
        }
    }
}

package id.aduan.core.complaint;

import java.util.Objects;

/**
 * How a complaint was rejected: the reason, a note, where to go instead (NOT_OUR_AUTHORITY) or the
 * complaint it duplicates (DUPLICATE).
 */
public record Rejection(RejectionReason reason, String note, String referral, TrackingCode duplicateOf) {
    public Rejection {
        Objects.requireNonNull(reason, "reason");
    }
}

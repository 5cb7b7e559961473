package id.aduan.core.triage;

import java.util.Objects;

/** An open complaint a new message could duplicate: its tracking code (ADU-7K3Q9) and stored features. */
public record OpenComplaint(String trackingCode, DuplicateFeatures features) {

    public OpenComplaint {
        Objects.requireNonNull(trackingCode, "trackingCode");
        Objects.requireNonNull(features, "features");
    }
}

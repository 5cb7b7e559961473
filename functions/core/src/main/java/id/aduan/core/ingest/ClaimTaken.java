package id.aduan.core.ingest;

import java.util.Objects;

/**
 * The Instagram object was claimed before: by an earlier delivery (a duplicate), or by a placeholder
 * holding an edit or unsend that arrived first. Nothing was written.
 */
public record ClaimTaken(ObjectClaim existing) implements OpenResult, AttachResult, ResponseResult, EchoResult,
        HoldResult {
    public ClaimTaken {
        Objects.requireNonNull(existing, "existing");
    }
}

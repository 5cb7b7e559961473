package id.aduan.core.ingest;

import java.time.Instant;
import java.util.List;

/** A stored delivery set aside because what is left of it no retry can take in, with the reasons. */
public record DeadDelivery(String id, Instant receivedAt, Instant deadAt, List<String> reasons) {
    public DeadDelivery {
        reasons = List.copyOf(reasons);
    }
}

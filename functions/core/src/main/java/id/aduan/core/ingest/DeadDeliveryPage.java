package id.aduan.core.ingest;

import java.util.List;
import java.util.Optional;

/**
 * One page of the deliveries set aside; {@code resumeAfter}, an opaque position, is where the next page
 * starts and is present while more may follow.
 */
public record DeadDeliveryPage(List<DeadDelivery> deliveries, Optional<String> resumeAfter) {
    public DeadDeliveryPage {
        deliveries = List.copyOf(deliveries);
    }
}

package id.aduan.core.alert;

import id.aduan.core.complaint.ComplaintId;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Work about one complaint among many (the SLA sweep's): whatever is logged while it runs names the
 * complaint and, once the complaint has been read, the correlation id it keeps from its first delivery.
 */
public interface ComplaintScope {

    <T> T about(ComplaintId id, Supplier<T> work);

    /** The correlation id of the complaint the current work is about, once the complaint has been read. */
    Optional<String> correlationId();
}

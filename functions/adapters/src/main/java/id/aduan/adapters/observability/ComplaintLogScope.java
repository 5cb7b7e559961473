package id.aduan.adapters.observability;

import id.aduan.core.alert.ComplaintScope;
import id.aduan.core.complaint.ComplaintId;
import java.util.Optional;
import java.util.function.Supplier;

/** Work about one complaint as a {@link LogContext} scope, which reading the complaint adds its correlation id to. */
public final class ComplaintLogScope implements ComplaintScope {

    @Override
    public <T> T about(ComplaintId id, Supplier<T> work) {
        return LogContext.aboutComplaint(id.value(), null, work);
    }

    @Override
    public Optional<String> correlationId() {
        return LogContext.correlationId();
    }
}

package id.aduan.core.report;

import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.complaint.TimelineEvent;
import id.aduan.core.kernel.Status;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A workflow move reports count by when it happened rather than by when the complaint arrived: a
 * reopening (RESOLVED back to IN_PROGRESS, by the reporter or staff) or a re-route to another unit.
 *
 * @param unit     the complaint's unit after the move
 * @param category the complaint's topic after the move (see {@link Topic})
 * @param fromUnit for a re-route, the unit it left; null for a reopening
 */
public record Move(Kind kind, ComplaintId complaint, Instant at, String unit, String category, String fromUnit) {

    public enum Kind { REOPENED, REROUTED }

    public Move {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(complaint, "complaint");
        Objects.requireNonNull(at, "at");
    }

    /** Which move an event records, if it records one. */
    public static Optional<Kind> kindOf(TimelineEvent event) {
        var details = event.details();
        return switch (event.type()) {
            case STATUS_CHANGED -> Status.RESOLVED.name().equals(details.get("from"))
                    && Status.IN_PROGRESS.name().equals(details.get("to")) ? Optional.of(Kind.REOPENED) : Optional.empty();
            case ROUTED -> details.get("from") != null ? Optional.of(Kind.REROUTED) : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** Whether a member limited to {@code unit} sees this move: it concerns their unit, now or before. */
    public boolean concerns(String scopeUnit) {
        return scopeUnit.equals(unit) || scopeUnit.equals(fromUnit);
    }
}

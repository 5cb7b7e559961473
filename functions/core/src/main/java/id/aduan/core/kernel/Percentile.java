package id.aduan.core.kernel;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Percentiles of durations by nearest rank, as the digest and the reports state them. */
public final class Percentile {

    private Percentile() {
    }

    /** The smallest duration that at least {@code percent} % of {@code sorted} (ascending) beat or match. */
    public static Optional<Duration> nearestRank(List<Duration> sorted, int percent) {
        if (sorted.isEmpty()) {
            return Optional.empty();
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return Optional.of(sorted.get(Math.max(rank, 1) - 1));
    }
}

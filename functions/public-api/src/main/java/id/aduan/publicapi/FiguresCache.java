package id.aduan.publicapi;

import id.aduan.core.config.ConfigStore;
import id.aduan.core.report.PeriodIndex;
import id.aduan.core.report.PublicFigures;
import id.aduan.core.sla.WorkingCalendar;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;

/**
 * The public figures, computed at most once per {@link #TIME_TO_LIVE} in a container and served with
 * the same lifetime as an HTTP cache lifetime. Nothing is written: the function stays read-only, and a
 * CDN or browser in front absorbs the rest. Reading thirteen months costs about one 1 MB page per
 * thousand complaints, so a burst of visitors costs one read per container every few minutes.
 */
final class FiguresCache {

    static final Duration TIME_TO_LIVE = Duration.ofMinutes(5);

    private final PeriodIndex index;
    private final ConfigStore config;
    private final Clock clock;
    private PublicFigures cached;

    FiguresCache(PeriodIndex index, ConfigStore config, Clock clock) {
        this.index = index;
        this.config = config;
        this.clock = clock;
    }

    synchronized PublicFigures current() {
        var now = clock.instant();
        var thisMonth = YearMonth.from(now.atZone(WorkingCalendar.ZONE));
        if (cached == null || !cached.thisMonth().equals(thisMonth)
                || !now.isBefore(cached.computedAt().plus(TIME_TO_LIVE))) {
            cached = PublicFigures.of(thisMonth, index.receivedIn(PublicFigures.window(thisMonth)), now,
                    config.slaRules().calendar());
        }
        return cached;
    }
}

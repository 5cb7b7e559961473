package id.aduan.core.health;

import id.aduan.core.alert.OutboxPublisher;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Notices an account that normally has traffic but has gone silent: its last webhook delivery is older
 * than {@code silentAfter} but within the last week (an account quiet for longer, or one that never had
 * traffic, is not normal traffic gone missing). A silence is reported once; a new delivery ends it.
 */
public final class SilenceWatch {

    public static final Duration NORMAL_TRAFFIC_WINDOW = Duration.ofDays(7);

    public record Report(List<String> silentAccounts, List<OutboxPublisher.Outcome> alerts) {
        public Report {
            silentAccounts = List.copyOf(silentAccounts);
            alerts = List.copyOf(alerts);
        }
    }

    private final Duration silentAfter;
    private final DeliveryActivity activity;
    private final OperationsNotices notices;
    private final HealthAlerts alerts;
    private final Clock clock;

    public SilenceWatch(Duration silentAfter, DeliveryActivity activity, OperationsNotices notices,
                        HealthAlerts alerts, Clock clock) {
        if (silentAfter.isNegative() || silentAfter.isZero() || silentAfter.compareTo(NORMAL_TRAFFIC_WINDOW) >= 0) {
            throw new IllegalArgumentException("an account is silent after more than nothing and less than a week, not "
                    + silentAfter);
        }
        this.silentAfter = silentAfter;
        this.activity = activity;
        this.notices = notices;
        this.alerts = alerts;
        this.clock = clock;
    }

    public Report check() {
        var now = clock.instant();
        var silent = new ArrayList<String>();
        var raised = new ArrayList<OutboxPublisher.Outcome>();
        for (var last : activity.lastDeliveries()) {
            var quiet = Duration.between(last.at(), now);
            if (quiet.compareTo(silentAfter) >= 0 && quiet.compareTo(NORMAL_TRAFFIC_WINDOW) <= 0) {
                silent.add(last.account());
                notices.raise(last.account(), alerts.silent(last.account(), last.at(), now)).ifPresent(raised::add);
            }
        }
        return new Report(silent, raised);
    }
}

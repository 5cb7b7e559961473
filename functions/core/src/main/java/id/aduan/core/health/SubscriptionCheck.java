package id.aduan.core.health;

import id.aduan.core.alert.OutboxPublisher;
import id.aduan.core.instagram.GraphResult;
import id.aduan.core.sla.WorkingCalendar;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks that Meta still delivers the account's webhooks to the app, for every field Aduan needs. A
 * subscription can drop without a sound (a password change, a removed app, a permission taken back);
 * until it is mended, operations are told once a day.
 */
public final class SubscriptionCheck {

    /** {@code missing}: the needed fields not subscribed (all of them when the app is not subscribed). */
    public record Report(boolean healthy, Set<String> missing, List<OutboxPublisher.Outcome> alerts) {
        public Report {
            missing = Set.copyOf(missing);
            alerts = List.copyOf(alerts);
        }
    }

    private final String account;
    private final Set<String> neededFields;
    private final WebhookSubscription subscription;
    private final OperationsNotices notices;
    private final HealthAlerts alerts;
    private final Clock clock;

    public SubscriptionCheck(String account, Set<String> neededFields, WebhookSubscription subscription,
                             OperationsNotices notices, HealthAlerts alerts, Clock clock) {
        this.account = account;
        this.neededFields = Set.copyOf(neededFields);
        this.subscription = subscription;
        this.notices = notices;
        this.alerts = alerts;
        this.clock = clock;
    }

    public Report check() {
        var day = LocalDate.ofInstant(clock.instant(), WorkingCalendar.ZONE);
        return switch (subscription.status()) {
            case GraphResult.Success<WebhookSubscription.Status>(var status) -> {
                var missing = new TreeSet<>(neededFields);
                if (status.subscribed()) {
                    missing.removeAll(status.fields());
                }
                if (status.subscribed() && missing.isEmpty()) {
                    yield new Report(true, Set.of(), List.of());
                }
                yield new Report(false, missing, raise(alerts.subscriptionMissing(account, day, status.subscribed(),
                        missing)));
            }
            case GraphResult.Failure<WebhookSubscription.Status>(var failure) ->
                    new Report(false, Set.of(), raise(alerts.subscriptionUnknown(account, day, failure)));
        };
    }

    private List<OutboxPublisher.Outcome> raise(Notice notice) {
        return notices.raise(account, notice).stream().toList();
    }
}

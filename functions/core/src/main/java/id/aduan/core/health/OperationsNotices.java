package id.aduan.core.health;

import id.aduan.core.alert.AccountNotices;
import id.aduan.core.alert.OutboxPublisher;
import id.aduan.core.alert.RecordedAlert;
import java.time.Clock;
import java.util.Optional;

/**
 * Raises a notice once and publishes its alert through the alert outbox: recorded first, then
 * published; an alert whose publish failed stays in the outbox, where the SLA sweep publishes it.
 */
public final class OperationsNotices {

    private final AccountNotices notices;
    private final OutboxPublisher publisher;
    private final Clock clock;

    public OperationsNotices(AccountNotices notices, OutboxPublisher publisher, Clock clock) {
        this.notices = notices;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** How publishing went, or empty when the notice was raised before. */
    public Optional<OutboxPublisher.Outcome> raise(String account, Notice notice) {
        var now = clock.instant();
        var recorded = RecordedAlert.raised(notice.alert(), now, now.plus(OutboxPublisher.LEASE));
        if (!notices.raiseOnce(account, notice.key(), recorded)) {
            return Optional.empty();
        }
        return Optional.of(publisher.publish(recorded));
    }
}

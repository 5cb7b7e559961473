package id.aduan.core.ingest;

import id.aduan.core.account.InstagramAccount;
import id.aduan.core.alert.AccountNotices;
import id.aduan.core.alert.RecordedAlert;
import id.aduan.core.health.HealthAlerts;
import id.aduan.core.sla.WorkingCalendar;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Finds the account a change came in on ({@code entry.id}). A change for an account nobody registered
 * is never dropped: it is noted for admins and operations are alerted once a day per account, through
 * the alert outbox (published by the SLA sweep, so the webhook needs no topic of its own).
 */
public final class AccountAttribution {

    private final AccountDirectory directory;
    private final UnknownAccounts unknown;
    private final AccountNotices notices;
    private final HealthAlerts alerts = new HealthAlerts();
    private final Clock clock;

    public AccountAttribution(AccountDirectory directory, UnknownAccounts unknown, AccountNotices notices, Clock clock) {
        this.directory = directory;
        this.unknown = unknown;
        this.notices = notices;
        this.clock = clock;
    }

    /** The registered account; empty (after noting and alerting) when there is none with this id. */
    public Optional<InstagramAccount> attribute(String account) {
        var found = directory.account(account);
        if (found.isEmpty()) {
            var now = clock.instant();
            unknown.sighted(account, now);
            var notice = alerts.unknownAccount(account, LocalDate.ofInstant(now, WorkingCalendar.ZONE));
            notices.raiseOnce(account, notice.key(), RecordedAlert.raised(notice.alert(), now, now));
        }
        return found;
    }
}

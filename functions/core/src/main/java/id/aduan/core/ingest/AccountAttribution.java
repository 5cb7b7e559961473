package id.aduan.core.ingest;

import id.aduan.core.account.InstagramAccount;
import id.aduan.core.alert.AccountNotices;
import id.aduan.core.alert.RecordedAlert;
import id.aduan.core.health.HealthAlerts;
import id.aduan.core.health.Notice;
import id.aduan.core.kernel.Tenants;
import id.aduan.core.sla.WorkingCalendar;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Finds the account a change came in on ({@code entry.id}). A change for an account nobody registered
 * is never dropped: it is noted for admins and operations are alerted once a day per account, through
 * the alert outbox (published by the SLA sweep, so the webhook needs no topic of its own). A change for
 * an account registered for a government this stack does not serve (any more) is held the same way and
 * alerted: taken in, it would sit where no staff can see it and no sweep measures it.
 */
public final class AccountAttribution {

    private final AccountDirectory directory;
    private final Tenants served;
    private final UnknownAccounts unknown;
    private final AccountNotices notices;
    private final HealthAlerts alerts = new HealthAlerts();
    private final Clock clock;

    public AccountAttribution(AccountDirectory directory, Tenants served, UnknownAccounts unknown,
                              AccountNotices notices, Clock clock) {
        this.directory = directory;
        this.served = served;
        this.unknown = unknown;
        this.notices = notices;
        this.clock = clock;
    }

    /**
     * The registered account of a government this stack serves; empty (after alerting) when there is none
     * with this id, or when its government is not served.
     */
    public Optional<InstagramAccount> attribute(String account) {
        var found = directory.account(account);
        if (found.isEmpty()) {
            var now = clock.instant();
            unknown.sighted(account, now);
            raiseOnce(account, alerts.unknownAccount(account, LocalDate.ofInstant(now, WorkingCalendar.ZONE)), now);
            return found;
        }
        var tenant = found.get().tenant();
        if (!served.contains(tenant)) {
            var now = clock.instant();
            raiseOnce(account, alerts.unservedGovernment(account, tenant, LocalDate.ofInstant(now, WorkingCalendar.ZONE)),
                    now);
            return Optional.empty();
        }
        return found;
    }

    private void raiseOnce(String account, Notice notice, Instant now) {
        notices.raiseOnce(account, notice.key(), RecordedAlert.raised(notice.alert(), now, now));
    }
}

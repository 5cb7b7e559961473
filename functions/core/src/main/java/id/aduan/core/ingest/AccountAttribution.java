package id.aduan.core.ingest;

import id.aduan.core.account.InstagramAccount;
import id.aduan.core.alert.AccountNotices;
import id.aduan.core.alert.RecordedAlert;
import id.aduan.core.health.HealthAlerts;
import id.aduan.core.kernel.Tenants;
import id.aduan.core.sla.WorkingCalendar;
import java.time.Clock;
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
        if (found.isPresent() && served.contains(found.get().tenant())) {
            return found;
        }
        var now = clock.instant();
        var day = LocalDate.ofInstant(now, WorkingCalendar.ZONE);
        if (found.isEmpty()) {
            unknown.sighted(account, now);
        }
        var notice = found.map(registered -> alerts.unservedGovernment(account, registered.tenant(), day))
                .orElseGet(() -> alerts.unknownAccount(account, day));
        notices.raiseOnce(account, notice.key(), RecordedAlert.raised(notice.alert(), now, now));
        return Optional.empty();
    }
}

package id.aduan.core.ingest;

import id.aduan.core.kernel.PerTenant;
import id.aduan.core.kernel.Tenant;
import java.util.function.Function;

/**
 * Takes one Instagram change into Aduan for the government whose account it came in on: the account
 * ({@link AccountAttribution}, by the delivery's {@code entry.id}) names its tenant, and that tenant's
 * own ingestion, with its stores, configuration and triage, takes the change in. A change for an account
 * nobody registered belongs to no tenant yet: it is held with its delivery until the account is registered.
 */
public final class Ingestion {

    private final AccountAttribution accounts;
    private final Function<Tenant, TenantIngestion> tenants;

    /** @param tenants builds a tenant's ingestion; each is built when its tenant's first change comes, then kept */
    public Ingestion(AccountAttribution accounts, Function<Tenant, TenantIngestion> tenants) {
        this.accounts = accounts;
        this.tenants = new PerTenant<>(tenants);
    }

    public IngestionOutcome apply(InstagramChange change) {
        if (change instanceof InstagramChange.DashboardTest) {
            return new IngestionOutcome.TestDelivery();
        }
        return accounts.attribute(change.account())
                .map(account -> tenants.apply(account.tenant()).apply(change, account))
                .orElseGet(() -> new IngestionOutcome.Held(change.account()));
    }
}

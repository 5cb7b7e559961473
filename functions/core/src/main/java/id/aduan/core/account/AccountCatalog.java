package id.aduan.core.account;

import id.aduan.core.kernel.Tenant;
import id.aduan.core.kernel.Tenants;
import id.aduan.core.unit.UnitCatalog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Instagram accounts admins registered, retired ones included: a retired account's complaints
 * keep naming it, and registering it again brings it back.
 */
public record AccountCatalog(List<InstagramAccount> accounts) {

    public static final AccountCatalog NONE = new AccountCatalog(List.of());

    public AccountCatalog {
        accounts = List.copyOf(accounts);
        if (accounts.stream().map(InstagramAccount::id).distinct().count() != accounts.size()) {
            throw new InvalidAccount("accounts", "DUPLICATE_ACCOUNT", "an account is registered once");
        }
    }

    /** The active account with this id. */
    public Optional<InstagramAccount> find(String id) {
        return accounts.stream().filter(account -> account.id().equals(id) && account.active()).findFirst();
    }

    /** The account with this id, retired or not: its complaints are still answered with its token. */
    public Optional<InstagramAccount> named(String id) {
        return accounts.stream().filter(account -> account.id().equals(id)).findFirst();
    }

    public boolean isEmpty() {
        return accounts.isEmpty();
    }

    public List<InstagramAccount> active() {
        return accounts.stream().filter(InstagramAccount::active).toList();
    }

    /** The accounts of one tenant, retired ones included. */
    public AccountCatalog of(Tenant tenant) {
        return new AccountCatalog(accounts.stream().filter(account -> account.tenant().equals(tenant)).toList());
    }

    /** The catalog with {@code account} added, or replacing (and bringing back) the one with its id. */
    public AccountCatalog registering(InstagramAccount account, Tenants tenants, UnitCatalog units,
                                      ReadableSecrets secrets) {
        if (!tenants.contains(account.tenant())) {
            throw new InvalidAccount("tenant", "UNKNOWN_TENANT", "the stack serves no tenant " + account.tenant()
                    + "; its tenants are " + tenants.all());
        }
        if (account.defaultUnit() != null && !units.contains(account.defaultUnit())) {
            throw new InvalidAccount("defaultUnit", "UNKNOWN_UNIT", "no unit has the code " + account.defaultUnit());
        }
        if (!secrets.contains(account.tokenSecretId())) {
            throw new InvalidAccount("tokenSecretId", "SECRET_NOT_READABLE", "the functions may read only secrets named "
                    + ReadableSecrets.PREFIX + "… or the deployment's own: store the account's token under that name");
        }
        var next = new ArrayList<InstagramAccount>();
        accounts.stream().filter(existing -> !existing.id().equals(account.id())).forEach(next::add);
        next.add(account);
        return new AccountCatalog(next);
    }

    /** The catalog with the account retired; empty when no active account has the id. */
    public Optional<AccountCatalog> retiring(String id, Instant at) {
        return find(id).map(account -> new AccountCatalog(accounts.stream()
                .map(existing -> existing.id().equals(id) ? existing.retired(at) : existing).toList()));
    }
}

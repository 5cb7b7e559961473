package id.aduan.adapters.instagram;

import id.aduan.adapters.config.ConfiguredAccounts;
import id.aduan.adapters.config.Settings;
import id.aduan.adapters.runtime.FunctionRuntime;
import id.aduan.adapters.secrets.CachedSecret;
import id.aduan.adapters.secrets.InstagramSecrets;
import id.aduan.core.account.InstagramAccount;
import id.aduan.core.instagram.InstagramClient;
import id.aduan.core.instagram.InstagramClients;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The Graph API clients of a function, one per Instagram account as it is registered: its flavour and
 * ids, the API version and host of the environment ({@link GraphApiSettings#forAccount}), and the token
 * in the account's own secret, cached for a few minutes. A changed registration gets a new client.
 */
public final class GraphClients implements InstagramClients {

    private static final Duration SECRET_CACHE = Duration.ofMinutes(5);

    private final ConfiguredAccounts accounts;
    private final Function<InstagramAccount, GraphApiClient> connect;
    private final Map<InstagramAccount, GraphApiClient> clients = new ConcurrentHashMap<>();

    GraphClients(ConfiguredAccounts accounts, Function<InstagramAccount, GraphApiClient> connect) {
        this.accounts = accounts;
        this.connect = connect;
    }

    public static GraphClients of(FunctionRuntime runtime) {
        return of(runtime, ConfiguredAccounts.of(runtime));
    }

    /** For a function that reads the accounts itself too: one directory, so one read a minute, not two. */
    public static GraphClients of(FunctionRuntime runtime, ConfiguredAccounts accounts) {
        Settings environment = runtime.settings();
        return new GraphClients(accounts, account -> new GraphApiClient(
                GraphApiSettings.forAccount(account, environment), new InstagramSecrets(new CachedSecret(
                        runtime.aws().secretsManager(), account.tokenSecretId(), runtime.clock(), SECRET_CACHE))));
    }

    @Override
    public InstagramClient of(String instagramAccountId) {
        return clients.computeIfAbsent(accounts.answering(instagramAccountId), connect);
    }
}

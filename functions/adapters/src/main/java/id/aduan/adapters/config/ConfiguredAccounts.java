package id.aduan.adapters.config;

import id.aduan.adapters.dynamodb.DynamoDbConfigStore;
import id.aduan.adapters.runtime.FunctionRuntime;
import id.aduan.core.account.InstagramAccount;
import id.aduan.core.config.ConfigStore;
import id.aduan.core.ingest.AccountDirectory;
import id.aduan.core.ingest.AnsweringAccounts;
import id.aduan.core.sla.WorkingCalendar;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The accounts section of the configuration as a directory. Until admins register an account, and
 * when the deployment's own account has no id, every delivery belongs to that one account, exactly as
 * before accounts could be registered: existing deployments and the local run keep working.
 */
public final class ConfiguredAccounts implements AccountDirectory, AnsweringAccounts {

    private static final Duration CONFIG_CACHE = Duration.ofMinutes(1);

    private final ConfigStore config;
    private final InstagramAccount deployment;

    public ConfiguredAccounts(ConfigStore config, InstagramAccount deployment) {
        this.config = config;
        this.deployment = deployment;
    }

    /** The directory of a function: the accounts section read at most once a minute; build once per container. */
    public static ConfiguredAccounts of(FunctionRuntime runtime) {
        var deployment = DeploymentAccount.from(runtime.settings());
        var store = new DynamoDbConfigStore(runtime.table(), WorkingCalendar.standard(), deployment.tenant(),
                DeploymentAccount.catalog(deployment));
        return new ConfiguredAccounts(new CachedConfigStore(store, runtime.clock(), CONFIG_CACHE), deployment);
    }

    @Override
    public Optional<InstagramAccount> account(String instagramAccountId) {
        var registered = config.accounts();
        return registered.isEmpty() ? Optional.of(deployment.withId(instagramAccountId))
                : registered.find(instagramAccountId);
    }

    /**
     * The account a complaint came in on, to answer it as: registered (retired ones too), or else the
     * deployment's own connection, which took in every delivery before accounts were registered.
     */
    @Override
    public InstagramAccount answering(String instagramAccountId) {
        return config.accounts().named(instagramAccountId).orElseGet(() -> deployment.withId(instagramAccountId));
    }

    /** The accounts to keep healthy: the registered active ones, or the deployment's own. */
    public List<InstagramAccount> active() {
        var registered = config.accounts();
        return registered.isEmpty() ? List.of(deployment) : registered.active();
    }
}

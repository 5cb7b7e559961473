package id.aduan.staff;

import id.aduan.adapters.config.DeploymentAccount;
import id.aduan.adapters.config.ObjectionWindow;
import id.aduan.adapters.config.Settings;
import id.aduan.adapters.config.TenantSettings;
import id.aduan.adapters.dynamodb.DynamoDbRawDeliveryStore;
import id.aduan.adapters.dynamodb.DynamoDbUnknownAccounts;
import id.aduan.adapters.instagram.GraphApiSettings;
import id.aduan.adapters.instagram.GraphClients;
import id.aduan.adapters.runtime.FunctionRuntime;
import id.aduan.adapters.runtime.Priming;
import id.aduan.adapters.secrets.CachedSecret;
import id.aduan.core.account.AccountCatalog;
import id.aduan.core.account.ReadableSecrets;
import id.aduan.core.desk.ComplaintChanges;
import id.aduan.core.kernel.PerTenant;
import id.aduan.core.kernel.Tenant;
import id.aduan.core.kernel.Tenants;
import id.aduan.core.workflow.Workflow;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Builds the staff API's pieces once per container: the platform's (accounts deliveries named but
 * nobody registered, dead deliveries, cursors) at once, each tenant's services ({@link TenantDesks}) on
 * its staff's first request. Settings: {@code TABLE_NAME}, {@code REPLY_QUEUE_URL},
 * {@code INSTAGRAM_SECRET_ID} (access token for hiding comments), {@code CURSOR_SECRET_ID} (the key that
 * signs page cursors), the Graph API settings of {@link GraphApiSettings#from}, {@code TENANTS},
 * {@code HUMAN_AGENT_ENABLED}, {@code OBJECTION_WINDOW_DAYS}.
 */
public final class Wiring {

    private static final Duration SECRET_CACHE = Duration.ofMinutes(5);

    final FunctionRuntime runtime;
    final Clock clock;
    final Tenants tenants;
    final DynamoDbUnknownAccounts unknownAccounts;
    final DynamoDbRawDeliveryStore deliveries;
    final Cursors cursors;
    final Routes routes;
    final UnaryOperator<ComplaintChanges> writes;
    final AccountCatalog deploymentAccounts;
    final ReadableSecrets readableSecrets;
    final Workflow workflow;
    final boolean humanAgent;
    final String replyQueueUrl;
    final GraphClients graph;
    private final PerTenant<TenantDesks> desks = new PerTenant<>(served -> new TenantDesks(this, served));
    private final Priming priming;

    public Wiring(Settings settings, Clock clock) {
        this(settings, clock, UnaryOperator.identity(), List.of());
    }

    /**
     * With the writes of staff changes passed through {@code writes} (tests observe or order them) and
     * {@code faults} on the AWS clients (tests inject timeouts and throttling).
     */
    Wiring(Settings settings, Clock clock, UnaryOperator<ComplaintChanges> writes, List<ExecutionInterceptor> faults) {
        this.runtime = new FunctionRuntime("staff-api", settings, clock, faults);
        this.clock = clock;
        this.writes = writes;
        this.tenants = TenantSettings.configured(settings);
        var deploymentAccount = DeploymentAccount.from(settings);
        this.deploymentAccounts = DeploymentAccount.catalog(deploymentAccount);
        this.readableSecrets = new ReadableSecrets(deploymentAccount.tokenSecretId());
        this.workflow = ObjectionWindow.workflow(settings);
        this.humanAgent = Boolean.parseBoolean(settings.optional("HUMAN_AGENT_ENABLED").orElse("false"));
        this.replyQueueUrl = settings.required("REPLY_QUEUE_URL");
        this.graph = GraphClients.of(runtime);
        var table = runtime.table();
        this.unknownAccounts = new DynamoDbUnknownAccounts(table);
        this.deliveries = new DynamoDbRawDeliveryStore(table, clock);
        var cursorSecret = new CachedSecret(runtime.aws().secretsManager(), settings.required("CURSOR_SECRET_ID"), clock,
                SECRET_CACHE);
        this.cursors = new Cursors(() -> cursorSecret.value().path("cursorKey").asText().getBytes(StandardCharsets.UTF_8));
        this.routes = new Routes(this);
        this.priming = Priming.register(new StaffWarmUp(this));
    }

    /** The services of one tenant the stack serves, built on first use and kept for the container's life. */
    TenantDesks desks(Tenant tenant) {
        if (!tenants.contains(tenant)) {
            throw new IllegalArgumentException("the stack serves no tenant " + tenant);
        }
        return desks.apply(tenant);
    }

    /**
     * Makes this container read configuration afresh: after a change of the accounts section, which
     * every tenant's services read, or of one tenant's own section.
     */
    void configurationChanged() {
        desks.forEachBuilt(built -> built.config.invalidate());
    }

    public static Wiring fromEnvironment() {
        return new Wiring(Settings.fromEnvironment(), Clock.systemUTC());
    }

    /** The shared pieces: clients, table, logs, metrics and the request counter. */
    public FunctionRuntime runtime() {
        return runtime;
    }
}

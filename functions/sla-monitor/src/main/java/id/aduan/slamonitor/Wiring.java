package id.aduan.slamonitor;

import id.aduan.adapters.config.CachedConfigSnapshot;
import id.aduan.adapters.config.ObjectionWindow;
import id.aduan.adapters.config.Settings;
import id.aduan.adapters.config.SlaSettings;
import id.aduan.adapters.config.TenantSettings;
import id.aduan.adapters.dynamodb.ComplaintTable;
import id.aduan.adapters.dynamodb.DynamoDbAlertOutbox;
import id.aduan.adapters.dynamodb.DynamoDbDigestSource;
import id.aduan.adapters.dynamodb.DynamoDbSlaStore;
import id.aduan.adapters.observability.ComplaintLogScope;
import id.aduan.adapters.runtime.FunctionRuntime;
import id.aduan.adapters.runtime.Priming;
import id.aduan.adapters.sns.SnsAlertPublisher;
import id.aduan.core.alert.AlertOutbox;
import id.aduan.core.alert.AlertPublisher;
import id.aduan.core.alert.AlertWriting;
import id.aduan.core.alert.OutboxPublisher;
import id.aduan.core.alert.SlaAlerts;
import id.aduan.core.alert.SlaStore;
import id.aduan.core.alert.SlaSweep;
import id.aduan.core.config.ConfigStore;
import id.aduan.core.digest.DailyDigest;
import id.aduan.core.digest.DigestSource;
import id.aduan.core.kernel.Tenant;
import id.aduan.core.kernel.Tenants;
import id.aduan.core.kernel.TenantPasses;
import java.net.URI;
import java.time.Clock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Builds the SLA monitor's pieces once per container: for each tenant, the sweep and the daily digest
 * over that tenant's stores and configuration, publishing alerts that name the tenant; and the retry of
 * the platform's operations alerts.
 */
public final class Wiring {

    final FunctionRuntime runtime;
    final TenantPasses<TenantJobs> tenants;
    /** The platform's outbox: operations alerts whose publish failed or whose publisher died. */
    final OutboxPublisher operations;
    private final Priming priming;

    /**
     * One government's sweep and digest; the digest is built for each send, on the working calendar as
     * configured then, so init reads no configuration.
     */
    record TenantJobs(SlaStore store, SlaSweep sweep, Supplier<DailyDigest> digest) {
    }

    /** What one tenant's sweep and digest read and write through. */
    public record TenantStores(SlaStore sla, AlertOutbox outbox, DigestSource digest, ConfigStore config) {

        /**
         * The tenant's stores on {@code table} bound to it, and its configuration read at most once a minute.
         */
        public static TenantStores of(ComplaintTable table, FunctionRuntime runtime, Tenant tenant) {
            var tenantTable = table.forTenant(tenant);
            return new TenantStores(new DynamoDbSlaStore(tenantTable), new DynamoDbAlertOutbox(tenantTable),
                    new DynamoDbDigestSource(tenantTable), CachedConfigSnapshot.of(runtime, tenant));
        }
    }

    public Wiring(Settings settings, Clock clock) {
        this(new FunctionRuntime("sla-monitor", settings, clock));
    }

    private Wiring(FunctionRuntime runtime) {
        this(runtime, tenant -> TenantStores.of(runtime.table(), runtime, tenant), new DynamoDbAlertOutbox(runtime.table()),
                new SnsAlertPublisher(runtime.aws()::sns, runtime.settings().required("ALERTS_TOPIC_ARN")));
    }

    /**
     * With the given stores and publisher: tests put faults between the jobs and AWS this way.
     *
     * @param platformOutbox the outbox on the platform's view of the table, holding operations alerts
     */
    public Wiring(FunctionRuntime runtime, Function<Tenant, TenantStores> stores, AlertOutbox platformOutbox,
                  AlertPublisher publisher) {
        this.runtime = runtime;
        var tenants = TenantSettings.configured(runtime.settings());
        var links = links(runtime.settings());
        this.tenants = new TenantPasses<>(tenants,
                tenant -> jobs(runtime, tenant, stores.apply(tenant), naming(publisher, tenants, tenant), links));
        // What the platform's outbox holds besides operations alerts was stored before tenants: the first's.
        this.operations = new OutboxPublisher(platformOutbox, naming(publisher, tenants, tenants.first()),
                runtime.clock());
        var firstStore = this.tenants.of(tenants.first()).store();
        this.priming = Priming.register(() -> firstStore.dueBy(runtime.clock().instant()).hasNext());
    }

    /**
     * The publisher of {@code tenant}'s alerts. Only a stack serving several governments names the tenant in
     * each alert (a JSON body an e-mail subscription can filter on); one serving a single government keeps
     * the plain-text body its e-mail subscribers have always read.
     */
    private static AlertPublisher naming(AlertPublisher publisher, Tenants tenants, Tenant tenant) {
        return tenants.only().isPresent() ? publisher : publisher.naming(tenant);
    }

    private static TenantJobs jobs(FunctionRuntime runtime, Tenant tenant, TenantStores stores, AlertPublisher publisher,
                                   URI links) {
        var rules = SlaSettings.configured(runtime, stores.config());
        var writing = new AlertWriting(stores.config()::units, links);
        var outboxPublisher = new OutboxPublisher(stores.outbox(), publisher, runtime.clock());
        var sweep = new SlaSweep(stores.sla(), outboxPublisher, new SlaAlerts(writing),
                ObjectionWindow.workflow(runtime.settings()), rules, new ComplaintLogScope(), runtime.clock());
        Supplier<DailyDigest> digest = () -> new DailyDigest(tenant, stores.digest(), stores.outbox(), outboxPublisher,
                writing, rules.get().calendar(), runtime.clock());
        return new TenantJobs(stores.sla(), sweep, digest);
    }

    public static Wiring fromEnvironment() {
        return new Wiring(Settings.fromEnvironment(), Clock.systemUTC());
    }

    public FunctionRuntime runtime() {
        return runtime;
    }

    /** Where an alert links to: the staff console when there is one, else the staff API. */
    private static URI links(Settings settings) {
        return URI.create(settings.optional("CONSOLE_URL").orElseGet(() -> settings.required("API_URL")));
    }
}

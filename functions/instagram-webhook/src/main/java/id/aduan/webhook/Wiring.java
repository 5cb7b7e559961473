package id.aduan.webhook;

import id.aduan.adapters.config.ConfiguredAccounts;
import id.aduan.adapters.config.ObjectionWindow;
import id.aduan.adapters.config.Settings;
import id.aduan.adapters.config.TenantSettings;
import id.aduan.adapters.dynamodb.DynamoDbAccountNotices;
import id.aduan.adapters.dynamodb.DynamoDbAlertOutbox;
import id.aduan.adapters.dynamodb.DynamoDbDeliveryActivity;
import id.aduan.adapters.dynamodb.DynamoDbFailureClassifier;
import id.aduan.adapters.dynamodb.DynamoDbIngestionStore;
import id.aduan.adapters.dynamodb.DynamoDbRawDeliveryStore;
import id.aduan.adapters.dynamodb.DynamoDbUnknownAccounts;
import id.aduan.adapters.json.InstagramDeliveryParser;
import id.aduan.adapters.runtime.FunctionRuntime;
import id.aduan.adapters.runtime.Priming;
import id.aduan.adapters.secrets.CachedSecret;
import id.aduan.adapters.secrets.InstagramSecrets;
import id.aduan.adapters.sns.SnsAlertPublisher;
import id.aduan.adapters.sqs.SqsDeliveryQueue;
import id.aduan.core.alert.OutboxPublisher;
import id.aduan.core.ingest.AccountAttribution;
import id.aduan.core.ingest.DeadDeliveryAlerts;
import id.aduan.core.ingest.DeliveryIntake;
import id.aduan.core.ingest.Ingestion;
import id.aduan.core.ingest.IngestionPorts;
import id.aduan.core.ingest.TenantIngestion;
import id.aduan.core.kernel.PerTenant;
import id.aduan.core.kernel.Tenant;
import id.aduan.core.kernel.Tenants;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.BiFunction;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Builds the webhook function's pieces once per container; each tenant's ingestion (its stores and
 * triage) when the first change for one of its accounts comes.
 */
public final class Wiring {

    /** Conversations taken in at once from one big delivery. */
    private static final int DEFAULT_PARALLELISM = 8;
    private static final Duration SECRET_CACHE = Duration.ofMinutes(5);

    final FunctionRuntime runtime;
    final Tenants tenants;
    final InstagramSecrets secrets;
    final PerTenant<IngestionTriage> triages;
    final DeliveryIntake intake;
    final Priming priming;

    public Wiring(Settings settings, Clock clock) {
        this(settings, clock, List.of());
    }

    /** With {@code faults} on the AWS clients (tests inject throttling, timeouts and crashes). */
    public Wiring(Settings settings, Clock clock, List<ExecutionInterceptor> faults) {
        this(settings, clock, faults, (tenant, ports) -> ports);
    }

    /**
     * With each tenant's ports passed through {@code observed} as they are built (tests see through it which
     * tenant's ports took each change in).
     */
    Wiring(Settings settings, Clock clock, List<ExecutionInterceptor> faults,
           BiFunction<Tenant, IngestionPorts, IngestionPorts> observed) {
        this.runtime = new FunctionRuntime("instagram-webhook", settings, clock, faults);
        this.tenants = TenantSettings.configured(settings);
        this.secrets = new InstagramSecrets(new CachedSecret(runtime.aws().secretsManager(),
                settings.required("INSTAGRAM_SECRET_ID"), clock, SECRET_CACHE));
        var table = runtime.table();
        this.triages = new PerTenant<>(tenant -> new IngestionTriage(runtime, tenant));
        var workflow = ObjectionWindow.workflow(settings);
        var random = new SecureRandom();
        var accounts = new AccountAttribution(ConfiguredAccounts.of(runtime), tenants,
                new DynamoDbUnknownAccounts(table), new DynamoDbAccountNotices(table), clock);
        var ingestion = new Ingestion(accounts, tenant -> {
            var triaging = triages.apply(tenant);
            var ports = IngestionPorts.of(new DynamoDbIngestionStore(table.forTenant(tenant), clock));
            return new TenantIngestion(observed.apply(tenant, ports), triaging.assessor, triaging.rules, workflow,
                    random);
        });
        var parser = new ActivityRecordingParser(new InstagramDeliveryParser(), new DynamoDbDeliveryActivity(table),
                runtime.log());
        var queue = new SqsDeliveryQueue(runtime.aws()::sqs, settings.required("DELIVERY_QUEUE_URL"));
        var outbox = new DynamoDbAlertOutbox(table);
        var deadDeliveryAlerts = new DeadDeliveryAlerts(outbox, new OutboxPublisher(outbox,
                new SnsAlertPublisher(runtime.aws()::sns, settings.required("ALERTS_TOPIC_ARN")), clock), clock);
        this.intake = new DeliveryIntake(new DynamoDbRawDeliveryStore(table, clock), queue, parser, ingestion, secrets,
                new DynamoDbFailureClassifier(), deadDeliveryAlerts, clock,
                settings.integer("INGEST_PARALLELISM", DEFAULT_PARALLELISM));
        this.priming = Priming.register(new WebhookWarmUp(this));
    }

    /** The shared pieces: clients, table, logs, metrics and the request counter. */
    public FunctionRuntime runtime() {
        return runtime;
    }

    public static Wiring fromEnvironment() {
        return new Wiring(Settings.fromEnvironment(), Clock.systemUTC());
    }
}

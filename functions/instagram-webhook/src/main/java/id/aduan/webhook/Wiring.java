package id.aduan.webhook;

import id.aduan.adapters.config.ConfiguredAccounts;
import id.aduan.adapters.config.ObjectionWindow;
import id.aduan.adapters.config.Settings;
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
import id.aduan.core.learning.RefreshingTriage;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/** Builds the webhook function's pieces once per container. */
public final class Wiring {

    /** Conversations taken in at once from one big delivery. */
    private static final int DEFAULT_PARALLELISM = 8;
    private static final Duration SECRET_CACHE = Duration.ofMinutes(5);

    final FunctionRuntime runtime;
    final InstagramSecrets secrets;
    final DynamoDbIngestionStore ingestionStore;
    final RefreshingTriage triage;
    final DeliveryIntake intake;
    final Priming priming;

    public Wiring(Settings settings, Clock clock) {
        this(settings, clock, List.of());
    }

    /** With {@code faults} on the AWS clients (tests inject throttling, timeouts and crashes). */
    public Wiring(Settings settings, Clock clock, List<ExecutionInterceptor> faults) {
        this.runtime = new FunctionRuntime("instagram-webhook", settings, clock, faults);
        this.secrets = new InstagramSecrets(new CachedSecret(runtime.aws().secretsManager(),
                settings.required("INSTAGRAM_SECRET_ID"), clock, SECRET_CACHE));
        var table = runtime.table();
        this.ingestionStore = new DynamoDbIngestionStore(table, clock);
        var triaging = new IngestionTriage(runtime);
        this.triage = triaging.triage;
        var accounts = new AccountAttribution(ConfiguredAccounts.of(runtime), new DynamoDbUnknownAccounts(table),
                new DynamoDbAccountNotices(table), clock);
        var ingestion = new Ingestion(IngestionPorts.of(ingestionStore), triaging.assessor, triaging.rules,
                ObjectionWindow.workflow(settings), new SecureRandom(), accounts);
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

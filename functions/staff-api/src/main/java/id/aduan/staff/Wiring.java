package id.aduan.staff;

import id.aduan.adapters.config.CachedConfigStore;
import id.aduan.adapters.config.DeploymentAccount;
import id.aduan.adapters.config.ObjectionWindow;
import id.aduan.adapters.config.Settings;
import id.aduan.adapters.config.TenantSettings;
import id.aduan.adapters.dynamodb.DynamoDbComplaintCounting;
import id.aduan.adapters.dynamodb.DynamoDbComplaintListing;
import id.aduan.adapters.dynamodb.DynamoDbComplaintStore;
import id.aduan.adapters.dynamodb.DynamoDbConfigStore;
import id.aduan.adapters.dynamodb.DynamoDbPeriodIndex;
import id.aduan.adapters.dynamodb.DynamoDbPersonalDataStore;
import id.aduan.adapters.dynamodb.DynamoDbRawDeliveryStore;
import id.aduan.adapters.dynamodb.DynamoDbStaffDirectory;
import id.aduan.adapters.dynamodb.DynamoDbUnknownAccounts;
import id.aduan.adapters.instagram.GraphApiSettings;
import id.aduan.adapters.instagram.GraphClients;
import id.aduan.adapters.runtime.FunctionRuntime;
import id.aduan.adapters.runtime.Priming;
import id.aduan.adapters.secrets.CachedSecret;
import id.aduan.adapters.sqs.SqsReplyQueue;
import id.aduan.core.access.StaffMember;
import id.aduan.core.account.ReadableSecrets;
import id.aduan.core.config.ConfigDesk;
import id.aduan.core.desk.AssigneeNames;
import id.aduan.core.desk.CommentModeration;
import id.aduan.core.desk.ComplaintChanges;
import id.aduan.core.desk.ComplaintDesk;
import id.aduan.core.desk.QueueDesk;
import id.aduan.core.desk.ReplyDesk;
import id.aduan.core.desk.StaffDirectory;
import id.aduan.core.erasure.PersonalDataEraser;
import id.aduan.core.erasure.RetentionPolicy;
import id.aduan.core.kernel.Tenants;
import id.aduan.core.language.Language;
import id.aduan.core.report.PeriodIndex;
import id.aduan.core.sla.WorkingCalendar;
import id.aduan.core.unit.UnitCatalog;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Builds the staff API's pieces once per container. Settings: {@code TABLE_NAME},
 * {@code REPLY_QUEUE_URL}, {@code INSTAGRAM_SECRET_ID} (access token for hiding comments),
 * {@code CURSOR_SECRET_ID} (the key that signs page cursors), the Graph API settings of
 * {@link GraphApiSettings#from}, {@code HUMAN_AGENT_ENABLED}, {@code OBJECTION_WINDOW_DAYS}.
 */
public final class Wiring {

    private static final Duration SECRET_CACHE = Duration.ofMinutes(5);
    private static final Duration CONFIG_CACHE = Duration.ofMinutes(1);

    final FunctionRuntime runtime;
    final Clock clock;
    final ConfigDesk configDesk;
    final Tenants tenants;
    final CachedConfigStore config;
    final DynamoDbUnknownAccounts unknownAccounts;
    final DynamoDbRawDeliveryStore deliveries;
    final ComplaintDesk desk;
    final QueueDesk queue;
    final ReplyDesk replies;
    final CommentModeration moderation;
    final Cursors cursors;
    final StaffDirectory directory;
    final AssigneeNames assigneeNames;
    final PeriodIndex periods;
    final PersonalDataEraser eraser;
    final Routes routes;
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
        var table = runtime.table();
        var store = new DynamoDbComplaintStore(table);
        var changes = writes.apply(store);
        var deploymentAccount = DeploymentAccount.from(settings);
        this.tenants = TenantSettings.configured(settings);
        var configSections = new DynamoDbConfigStore(table, WorkingCalendar.standard(), tenants.first(),
                DeploymentAccount.catalog(deploymentAccount));
        this.configDesk = new ConfigDesk(configSections, new ReadableSecrets(deploymentAccount.tokenSecretId()), tenants,
                clock);
        this.unknownAccounts = new DynamoDbUnknownAccounts(table);
        this.deliveries = new DynamoDbRawDeliveryStore(table, clock);
        this.config = new CachedConfigStore(configSections, clock, CONFIG_CACHE);
        boolean humanAgent = Boolean.parseBoolean(settings.optional("HUMAN_AGENT_ENABLED").orElse("false"));
        this.desk = new ComplaintDesk(store, changes, new DynamoDbComplaintListing(table), config,
                ObjectionWindow.workflow(settings), clock, humanAgent);
        this.queue = new QueueDesk(desk, new DynamoDbComplaintCounting(table), clock);
        this.replies = new ReplyDesk(store, changes, config,
                new SqsReplyQueue(runtime.aws()::sqs, settings.required("REPLY_QUEUE_URL"), tenants.first()),
                clock, humanAgent);
        var secretsManager = runtime.aws().secretsManager();
        this.moderation = new CommentModeration(store, changes, GraphClients.of(runtime), clock);
        var cursorSecret = new CachedSecret(secretsManager, settings.required("CURSOR_SECRET_ID"), clock, SECRET_CACHE);
        this.cursors = new Cursors(() -> cursorSecret.value().path("cursorKey").asText().getBytes(StandardCharsets.UTF_8));
        this.directory = new DynamoDbStaffDirectory(table, clock);
        this.assigneeNames = new AssigneeNames(directory);
        this.periods = new DynamoDbPeriodIndex(table);
        // A citizen's request erases at once, whatever the retention period; the period is RetentionFunction's.
        this.eraser = new PersonalDataEraser(new DynamoDbPersonalDataStore(table), RetentionPolicy.TWO_YEARS, clock);
        this.routes = new Routes(this);
        this.priming = Priming.register(new StaffWarmUp(this));
    }

    /**
     * How complaints read for this staff member now: masked as their roles require, labels in their
     * language. It answers a write already applied, so a failed read of the unit names must not turn the
     * answer into an error: units are then named by their codes.
     */
    ComplaintView view(StaffMember staff, Language language) {
        return new ComplaintView(Masking.of(staff), unitsOrCodes(), clock.instant(), language);
    }

    private UnitCatalog unitsOrCodes() {
        try {
            return config.units();
        } catch (RuntimeException e) {
            runtime.log().warn("unit names not read; the answer names units by code", Map.of("error", e.getClass().getSimpleName()));
            return new UnitCatalog(List.of());
        }
    }

    public static Wiring fromEnvironment() {
        return new Wiring(Settings.fromEnvironment(), Clock.systemUTC());
    }

    /** The shared pieces: clients, table, logs, metrics and the request counter. */
    public FunctionRuntime runtime() {
        return runtime;
    }
}

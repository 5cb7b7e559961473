package id.aduan.replysender;

import id.aduan.adapters.config.Settings;
import id.aduan.adapters.config.SlaSettings;
import id.aduan.adapters.config.TenantSettings;
import id.aduan.adapters.dynamodb.DynamoDbComplaintStore;
import id.aduan.adapters.dynamodb.DynamoDbPrivateReplyBudget;
import id.aduan.adapters.dynamodb.DynamoDbReplyStore;
import id.aduan.adapters.instagram.Backoff;
import id.aduan.adapters.instagram.GraphClients;
import id.aduan.adapters.instagram.GraphApiSettings;
import id.aduan.adapters.runtime.FunctionRuntime;
import id.aduan.adapters.runtime.Priming;
import id.aduan.adapters.sns.SnsAlertPublisher;
import id.aduan.adapters.sqs.SqsRedelivery;
import id.aduan.core.kernel.PerTenant;
import id.aduan.core.kernel.Tenant;
import id.aduan.core.kernel.Tenants;
import id.aduan.core.reply.ReplyDelivery;
import id.aduan.core.reply.RollingHourLimit;
import id.aduan.core.reply.SendingPolicy;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Builds the reply sender's pieces once per container, and each tenant's (its complaints, replies and SLA
 * rules) when the first reply of that tenant comes; the accounts, their tokens, pauses and private-reply
 * budgets are the platform's. Settings: {@code INSTAGRAM_SECRET_ID} (the access token), the Graph API's
 * ({@link GraphApiSettings#from}), {@code HUMAN_AGENT_ENABLED}, {@code REPLY_QUEUE_URL},
 * {@code REPLY_DEAD_LETTER_QUEUE_URL}, {@code ALERTS_TOPIC_ARN}, {@code REPLY_MAX_ATTEMPTS} (6),
 * {@code REPLY_SEND_INTERVAL_MILLIS} (200) and {@code PRIVATE_REPLIES_PER_HOUR} (750, Instagram's limit
 * per account).
 */
public final class Wiring {

    private static final int DEFAULT_SEND_INTERVAL_MILLIS = 200;

    final FunctionRuntime runtime;
    final Tenants tenants;
    final PerTenant<ReplyDelivery> deliveries;
    final SqsRedelivery redelivery;
    final SendPacing pacing;
    final SendingPolicy policy;
    private final Priming priming;

    public Wiring(Settings settings, Clock clock) {
        this(settings, clock, tenant -> {
        });
    }

    /** Telling {@code storesBuilt} of each tenant whose stores are built (tests see whose a reply went through). */
    Wiring(Settings settings, Clock clock, Consumer<Tenant> storesBuilt) {
        this.runtime = new FunctionRuntime("reply-sender", settings, clock);
        this.tenants = TenantSettings.configured(settings);
        var table = runtime.table();
        var defaults = SendingPolicy.defaults(Boolean.parseBoolean(settings.optional("HUMAN_AGENT_ENABLED").orElse("false")));
        this.policy = new SendingPolicy(defaults.humanAgentEnabled(), defaults.lease(),
                settings.integer("REPLY_MAX_ATTEMPTS", SendingPolicy.DEFAULT_MAX_ATTEMPTS), defaults.tokenPause(),
                defaults.echoWait(), new RollingHourLimit(settings.integer("PRIVATE_REPLIES_PER_HOUR",
                        SendingPolicy.DEFAULT_PRIVATE_REPLIES_PER_HOUR)), defaults.budgetWait());
        var budget = new DynamoDbPrivateReplyBudget(table);
        var graph = GraphClients.of(runtime);
        var alerts = new SnsAlertPublisher(runtime.aws()::sns, settings.required("ALERTS_TOPIC_ARN"));
        this.deliveries = new PerTenant<>(tenant -> {
            storesBuilt.accept(tenant);
            var tenantTable = table.forTenant(tenant);
            return new ReplyDelivery(new DynamoDbComplaintStore(tenantTable), new DynamoDbReplyStore(tenantTable, clock),
                    budget, graph, alerts, Backoff.standard(), SlaSettings.configured(runtime, tenant), policy, clock);
        });
        this.redelivery = new SqsRedelivery(runtime.aws()::sqs, settings.required("REPLY_QUEUE_URL"),
                settings.required("REPLY_DEAD_LETTER_QUEUE_URL"));
        this.pacing = new SendPacing(Duration.ofMillis(
                settings.integer("REPLY_SEND_INTERVAL_MILLIS", DEFAULT_SEND_INTERVAL_MILLIS)));
        this.priming = Priming.register(new ReplySenderWarmUp(this));
    }

    public static Wiring fromEnvironment() {
        return new Wiring(Settings.fromEnvironment(), Clock.systemUTC());
    }
}

package id.aduan.accounthealth;

import id.aduan.adapters.config.Settings;
import id.aduan.adapters.dynamodb.DynamoDbAccountNotices;
import id.aduan.adapters.dynamodb.DynamoDbAlertOutbox;
import id.aduan.adapters.dynamodb.DynamoDbDeliveryActivity;
import id.aduan.adapters.instagram.ApiFlavour;
import id.aduan.adapters.instagram.GraphApiSettings;
import id.aduan.adapters.instagram.GraphTokenAuthority;
import id.aduan.adapters.instagram.GraphWebhookSubscription;
import id.aduan.adapters.runtime.FunctionRuntime;
import id.aduan.adapters.runtime.Priming;
import id.aduan.adapters.secrets.CachedSecret;
import id.aduan.adapters.secrets.InstagramSecrets;
import id.aduan.adapters.secrets.SecretsManagerTokenSecret;
import id.aduan.adapters.sns.SnsAlertPublisher;
import id.aduan.core.alert.OutboxPublisher;
import id.aduan.core.health.HealthAlerts;
import id.aduan.core.health.OperationsNotices;
import id.aduan.core.health.SilenceWatch;
import id.aduan.core.health.SubscriptionCheck;
import id.aduan.core.health.TokenKeeper;
import id.aduan.core.health.TokenKind;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds the account health check's pieces once per container. Settings: {@code INSTAGRAM_SECRET_ID}
 * (the account's token secret, read and written), the Graph API's ({@link GraphApiSettings#from}),
 * {@code ALERTS_TOPIC_ARN}, {@code SILENT_ACCOUNT_ALERT_HOURS} (24) and {@code SUBSCRIBED_FIELDS}, the
 * webhook fields the account must deliver (default {@code comments,messages} with Instagram Login; none
 * with Facebook Login, whose Page edge lists Page fields, so only the app's subscription is checked).
 */
public final class Wiring {

    private static final int DEFAULT_SILENT_HOURS = 24;
    private static final String INSTAGRAM_LOGIN_FIELDS = "comments,messages";
    /** The subscription check's token may be read from a cache; a refresh always reads the secret afresh. */
    private static final Duration SECRET_CACHE = Duration.ofMinutes(5);

    final FunctionRuntime runtime;
    final TokenKeeper tokens;
    final SubscriptionCheck subscription;
    final SilenceWatch silence;
    private final Priming priming;

    public Wiring(Settings settings, Clock clock) {
        this.runtime = new FunctionRuntime("account-health", settings, clock);
        var graph = GraphApiSettings.from(settings);
        var secretId = settings.required("INSTAGRAM_SECRET_ID");
        var cachedToken = new InstagramSecrets(new CachedSecret(runtime.aws().secretsManager(), secretId, clock,
                SECRET_CACHE));
        var table = runtime.table();
        var outbox = new DynamoDbAlertOutbox(table);
        var notices = new OperationsNotices(new DynamoDbAccountNotices(table), new OutboxPublisher(outbox,
                new SnsAlertPublisher(runtime.aws().sns(), settings.required("ALERTS_TOPIC_ARN")), clock), clock);
        var alerts = new HealthAlerts();
        var account = graph.accountId();
        this.tokens = new TokenKeeper(account, kindOf(graph.flavour()),
                new SecretsManagerTokenSecret(runtime.aws().secretsManager(), secretId),
                new GraphTokenAuthority(graph, cachedToken), notices, alerts, clock);
        this.subscription = new SubscriptionCheck(account, neededFields(settings, graph.flavour()),
                new GraphWebhookSubscription(graph, cachedToken), notices, alerts, clock);
        var activity = new DynamoDbDeliveryActivity(table);
        this.silence = new SilenceWatch(Duration.ofHours(settings.integer("SILENT_ACCOUNT_ALERT_HOURS",
                DEFAULT_SILENT_HOURS)), activity, notices, alerts, clock);
        this.priming = Priming.register(activity::lastDeliveries);
    }

    public static Wiring fromEnvironment() {
        return new Wiring(Settings.fromEnvironment(), Clock.systemUTC());
    }

    private static TokenKind kindOf(ApiFlavour flavour) {
        return switch (flavour) {
            case INSTAGRAM_LOGIN -> TokenKind.INSTAGRAM_USER;
            case FACEBOOK_LOGIN -> TokenKind.PAGE;
        };
    }

    private static Set<String> neededFields(Settings settings, ApiFlavour flavour) {
        var configured = settings.optional("SUBSCRIBED_FIELDS")
                .orElse(flavour == ApiFlavour.INSTAGRAM_LOGIN ? INSTAGRAM_LOGIN_FIELDS : "");
        return Arrays.stream(configured.split(",")).map(String::strip).filter(field -> !field.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}

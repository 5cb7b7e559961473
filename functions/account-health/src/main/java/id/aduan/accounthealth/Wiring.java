package id.aduan.accounthealth;

import id.aduan.adapters.config.ConfiguredAccounts;
import id.aduan.adapters.config.Settings;
import id.aduan.adapters.dynamodb.DynamoDbAccountNotices;
import id.aduan.adapters.dynamodb.DynamoDbAlertOutbox;
import id.aduan.adapters.dynamodb.DynamoDbDeliveryActivity;
import id.aduan.adapters.instagram.GraphApiSettings;
import id.aduan.adapters.instagram.GraphTokenAuthority;
import id.aduan.adapters.instagram.GraphWebhookSubscription;
import id.aduan.adapters.runtime.FunctionRuntime;
import id.aduan.adapters.runtime.Priming;
import id.aduan.adapters.secrets.CachedSecret;
import id.aduan.adapters.secrets.InstagramSecrets;
import id.aduan.adapters.secrets.SecretsManagerTokenSecret;
import id.aduan.adapters.sns.SnsAlertPublisher;
import id.aduan.core.account.AccountFlavour;
import id.aduan.core.account.InstagramAccount;
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
 * Builds the account health check's pieces once per container. The accounts checked are the
 * registered ones (each with its own token secret, read and written), or the deployment's own
 * ({@code INSTAGRAM_SECRET_ID} and the Graph API settings, {@link GraphApiSettings#from}) before any is
 * registered. Settings: {@code ALERTS_TOPIC_ARN}, {@code SILENT_ACCOUNT_ALERT_HOURS} (24) and
 * {@code SUBSCRIBED_FIELDS}, the webhook fields an account must deliver (default {@code comments,messages}
 * with Instagram Login; none with Facebook Login, whose Page edge lists Page fields, so only the app's
 * subscription is checked).
 */
public final class Wiring {

    private static final int DEFAULT_SILENT_HOURS = 24;
    private static final String INSTAGRAM_LOGIN_FIELDS = "comments,messages";
    /** The subscription check's token may be read from a cache; a refresh always reads the secret afresh. */
    private static final Duration SECRET_CACHE = Duration.ofMinutes(5);

    /** The two checks of one account, built for each run: an admin may have changed its registration. */
    record AccountChecks(TokenKeeper tokens, SubscriptionCheck subscription) {
    }

    final FunctionRuntime runtime;
    final ConfiguredAccounts accounts;
    final SilenceWatch silence;
    private final Settings settings;
    private final OperationsNotices notices;
    private final HealthAlerts alerts = new HealthAlerts();
    private final Priming priming;

    public Wiring(Settings settings, Clock clock) {
        this.runtime = new FunctionRuntime("account-health", settings, clock);
        this.settings = settings;
        this.accounts = ConfiguredAccounts.of(runtime);
        var table = runtime.table();
        var outbox = new DynamoDbAlertOutbox(table);
        this.notices = new OperationsNotices(new DynamoDbAccountNotices(table), new OutboxPublisher(outbox,
                new SnsAlertPublisher(runtime.aws()::sns, settings.required("ALERTS_TOPIC_ARN")), clock), clock);
        var activity = new DynamoDbDeliveryActivity(table);
        this.silence = new SilenceWatch(Duration.ofHours(settings.integer("SILENT_ACCOUNT_ALERT_HOURS",
                DEFAULT_SILENT_HOURS)), activity, notices, alerts, clock);
        this.priming = Priming.register(activity::lastDeliveries);
    }

    public static Wiring fromEnvironment() {
        return new Wiring(Settings.fromEnvironment(), Clock.systemUTC());
    }

    AccountChecks checksOf(InstagramAccount account) {
        var graph = GraphApiSettings.forAccount(account, settings);
        var secrets = runtime.aws().secretsManager();
        var cachedToken = new InstagramSecrets(new CachedSecret(secrets, account.tokenSecretId(), runtime.clock(),
                SECRET_CACHE));
        var tokens = new TokenKeeper(account.id(), kindOf(account.flavour()),
                new SecretsManagerTokenSecret(secrets, account.tokenSecretId()),
                new GraphTokenAuthority(graph, cachedToken), notices, alerts, runtime.clock());
        var subscription = new SubscriptionCheck(account.id(), neededFields(account.flavour()),
                new GraphWebhookSubscription(graph, cachedToken), notices, alerts, runtime.clock());
        return new AccountChecks(tokens, subscription);
    }

    private static TokenKind kindOf(AccountFlavour flavour) {
        return switch (flavour) {
            case INSTAGRAM_LOGIN -> TokenKind.INSTAGRAM_USER;
            case FACEBOOK_LOGIN -> TokenKind.PAGE;
        };
    }

    private Set<String> neededFields(AccountFlavour flavour) {
        var configured = settings.optional("SUBSCRIBED_FIELDS")
                .orElse(flavour == AccountFlavour.INSTAGRAM_LOGIN ? INSTAGRAM_LOGIN_FIELDS : "");
        return Arrays.stream(configured.split(",")).map(String::strip).filter(field -> !field.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}

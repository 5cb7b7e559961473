package id.aduan.notifier;

import id.aduan.adapters.chat.ChatChannelsSecret;
import id.aduan.adapters.chat.ChatWebhooks;
import id.aduan.adapters.config.Settings;
import id.aduan.adapters.config.TenantSettings;
import id.aduan.adapters.instagram.Backoff;
import id.aduan.adapters.runtime.FunctionRuntime;
import id.aduan.adapters.runtime.Priming;
import id.aduan.adapters.secrets.CachedSecret;
import id.aduan.core.alert.AlertNotifier;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Builds the notifier's pieces once per container: the chat routes of every tenant from their secret and
 * the HTTP client.
 */
public final class Wiring {

    /** A route added or changed by an admin reaches running containers within this time. */
    private static final Duration ROUTES_CACHE = Duration.ofMinutes(5);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    private static final Duration LONGEST_RETRY = Duration.ofSeconds(20);

    final FunctionRuntime runtime;
    final AlertNotifier notifier;
    private final Priming priming;

    public Wiring(Settings settings, Clock clock) {
        this(settings, clock, new Backoff(FIRST_RETRY, LONGEST_RETRY, () -> ThreadLocalRandom.current().nextDouble()));
    }

    /** With a given backoff: tests keep their retries short. */
    public Wiring(Settings settings, Clock clock, Backoff backoff) {
        this.runtime = new FunctionRuntime("alert-notifier", settings, clock);
        var routes = new ChatChannelsSecret(new CachedSecret(runtime.aws().secretsManager(),
                settings.required("CHAT_CHANNELS_SECRET_ID"), clock, ROUTES_CACHE),
                TenantSettings.configured(settings).first());
        var telegram = settings.optional("TELEGRAM_API_URL").map(URI::create).orElse(ChatWebhooks.TELEGRAM_API);
        this.notifier = new AlertNotifier(routes, new ChatWebhooks(ChatWebhooks.httpClient(), telegram, backoff));
        this.priming = Priming.register(new NotifierWarmUp());
    }

    public static Wiring fromEnvironment() {
        return new Wiring(Settings.fromEnvironment(), Clock.systemUTC());
    }
}

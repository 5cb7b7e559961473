package id.aduan.adapters.instagram;

import id.aduan.adapters.config.Settings;
import id.aduan.core.account.InstagramAccount;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How to reach the Graph API for one Instagram account.
 *
 * @param accountId the Instagram professional account's id; mentions are read through it
 * @param messagingId the id whose {@code /messages} edge sends direct messages: the Instagram account
 *     with Instagram Login, the linked Facebook Page with Facebook Login
 * @param baseUrl the flavour's host unless overridden (a local stand-in in tests)
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long to wait for a whole answer
 */
public record GraphApiSettings(
        ApiFlavour flavour,
        String accountId,
        String messagingId,
        URI baseUrl,
        String apiVersion,
        Duration connectTimeout,
        Duration requestTimeout) {

    public static final String DEFAULT_API_VERSION = "v25.0";
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(3);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private static final Pattern VERSION = Pattern.compile("v\\d+\\.\\d+");

    public GraphApiSettings {
        Objects.requireNonNull(flavour, "flavour");
        GraphIds.require(accountId);
        GraphIds.require(messagingId);
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(apiVersion, "apiVersion");
        if (!VERSION.matcher(apiVersion).matches()) {
            throw new IllegalArgumentException("Graph API version looks like v25.0, not " + apiVersion);
        }
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(requestTimeout, "requestTimeout");
    }

    /**
     * The settings of a function's environment: {@code GRAPH_API_FLAVOUR} ({@code INSTAGRAM_LOGIN}, the
     * default, or {@code FACEBOOK_LOGIN}), {@code GRAPH_API_VERSION}, {@code GRAPH_API_BASE_URL} (empty for
     * the flavour's host), {@code INSTAGRAM_ACCOUNT_ID} (with Instagram Login, {@code me}, the token's
     * account, when empty) and {@code FACEBOOK_PAGE_ID} (Facebook Login only).
     */
    public static GraphApiSettings from(Settings environment) {
        var flavour = ApiFlavour.valueOf(environment.optional("GRAPH_API_FLAVOUR").orElse(ApiFlavour.INSTAGRAM_LOGIN.name()));
        var settings = switch (flavour) {
            case INSTAGRAM_LOGIN -> instagramLogin(environment.optional("INSTAGRAM_ACCOUNT_ID").orElse("me"));
            case FACEBOOK_LOGIN -> facebookLogin(environment.required("INSTAGRAM_ACCOUNT_ID"),
                    environment.required("FACEBOOK_PAGE_ID"));
        };
        return settings.configuredBy(environment);
    }

    /** The settings of one registered account, with the API version and host of the function's environment. */
    public static GraphApiSettings forAccount(InstagramAccount account, Settings environment) {
        var settings = switch (account.flavour()) {
            case INSTAGRAM_LOGIN -> instagramLogin(account.id());
            case FACEBOOK_LOGIN -> facebookLogin(account.id(), account.facebookPageId());
        };
        return settings.configuredBy(environment);
    }

    private GraphApiSettings configuredBy(Settings environment) {
        var settings = withApiVersion(environment.optional("GRAPH_API_VERSION").orElse(DEFAULT_API_VERSION));
        return environment.optional("GRAPH_API_BASE_URL").map(URI::create).map(settings::withBaseUrl).orElse(settings);
    }

    public static GraphApiSettings instagramLogin(String accountId) {
        return defaults(ApiFlavour.INSTAGRAM_LOGIN, accountId, accountId);
    }

    public static GraphApiSettings facebookLogin(String accountId, String pageId) {
        return defaults(ApiFlavour.FACEBOOK_LOGIN, accountId, pageId);
    }

    public GraphApiSettings withBaseUrl(URI url) {
        return new GraphApiSettings(flavour, accountId, messagingId, url, apiVersion, connectTimeout, requestTimeout);
    }

    public GraphApiSettings withApiVersion(String version) {
        return new GraphApiSettings(flavour, accountId, messagingId, baseUrl, version, connectTimeout, requestTimeout);
    }

    public GraphApiSettings withTimeouts(Duration connect, Duration request) {
        return new GraphApiSettings(flavour, accountId, messagingId, baseUrl, apiVersion, connect, request);
    }

    private static GraphApiSettings defaults(ApiFlavour flavour, String accountId, String messagingId) {
        return new GraphApiSettings(flavour, accountId, messagingId, flavour.host(), DEFAULT_API_VERSION,
                DEFAULT_CONNECT_TIMEOUT, DEFAULT_REQUEST_TIMEOUT);
    }

    private static void requirePositive(Duration duration, String name) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}

package id.aduan.adapters.instagram;

import id.aduan.adapters.runtime.FunctionRuntime;
import id.aduan.adapters.secrets.CachedSecret;
import id.aduan.adapters.secrets.InstagramSecrets;
import java.time.Duration;

/**
 * The Graph API client of a function, as the deployment configures it: its settings from the
 * environment ({@link GraphApiSettings#from}) and its access token from the Instagram secret
 * ({@code INSTAGRAM_SECRET_ID}), cached for a few minutes.
 */
public final class GraphClients {

    private static final Duration SECRET_CACHE = Duration.ofMinutes(5);

    private GraphClients() {
    }

    public static GraphApiClient fromSettings(FunctionRuntime runtime) {
        var settings = runtime.settings();
        var secrets = new InstagramSecrets(new CachedSecret(runtime.aws().secretsManager(),
                settings.required("INSTAGRAM_SECRET_ID"), runtime.clock(), SECRET_CACHE));
        return new GraphApiClient(GraphApiSettings.from(settings), secrets);
    }
}

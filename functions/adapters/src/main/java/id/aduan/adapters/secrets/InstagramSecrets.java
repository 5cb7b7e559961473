package id.aduan.adapters.secrets;

import id.aduan.adapters.instagram.AccessTokenSource;
import id.aduan.adapters.json.JsonValue;
import id.aduan.core.ingest.WebhookSecrets;
import java.util.ArrayList;
import java.util.List;

/**
 * The Instagram secret of a deployment, one JSON document in Secrets Manager:
 * <pre>{"appSecrets": ["…", "…"], "verifyToken": "…", "accessToken": "…"}</pre>
 * Several app secrets may sign webhooks (Instagram and Meta app secret, or old and new during a
 * rotation); each is accepted. The access token is the Graph API's: a refused one is read again.
 */
public final class InstagramSecrets implements WebhookSecrets, AccessTokenSource {

    private final CachedSecret secret;

    public InstagramSecrets(CachedSecret secret) {
        this.secret = secret;
    }

    @Override
    public List<String> appSecrets() {
        var node = secret.value();
        var secrets = new ArrayList<String>();
        node.path("appSecrets").forEach(value -> addIfPresent(secrets, value));
        addIfPresent(secrets, node.path("appSecret"));
        if (secrets.isEmpty()) {
            throw new IllegalStateException("the Instagram secret has no appSecrets");
        }
        return secrets;
    }

    @Override
    public String verifyToken() {
        var token = secret.value().path("verifyToken").asText("");
        if (token.isBlank()) {
            throw new IllegalStateException("the Instagram secret has no verifyToken");
        }
        return token;
    }

    @Override
    public String accessToken() {
        var token = secret.value().path("accessToken").asText("");
        if (token.isBlank()) {
            throw new IllegalStateException("the Instagram secret has no accessToken");
        }
        return token;
    }

    @Override
    public void invalidate() {
        secret.invalidate();
    }

    private static void addIfPresent(List<String> secrets, JsonValue value) {
        if (value.isTextual() && !value.asText().isBlank()) {
            secrets.add(value.asText());
        }
    }
}

package id.aduan.adapters.instagram;

import id.aduan.adapters.json.JsonValue;
import id.aduan.core.health.WebhookSubscription;
import id.aduan.core.instagram.GraphResult;
import java.util.HashSet;
import java.util.Optional;

/**
 * Reads the account's webhook subscription from its {@code subscribed_apps} edge: the Instagram
 * account's ({@code /me/subscribed_apps} on graph.instagram.com) with Instagram Login, the linked
 * Page's ({@code /{page-id}/subscribed_apps}) with Facebook Login. With the account's own token the
 * edge lists the apps the account delivers to and their fields; the app's own field list
 * ({@code /{app-id}/subscriptions}) would need an app token, which Aduan does not keep.
 */
public final class GraphWebhookSubscription implements WebhookSubscription {

    private final GraphApiSettings settings;
    private final GraphExchange graph;

    public GraphWebhookSubscription(GraphApiSettings settings, AccessTokenSource tokens) {
        this.settings = settings;
        this.graph = new GraphExchange(settings, tokens);
    }

    @Override
    public GraphResult<Status> status() {
        var node = settings.flavour() == ApiFlavour.INSTAGRAM_LOGIN ? settings.accountId() : settings.messagingId();
        return graph.get(node + "/subscribed_apps", GraphWebhookSubscription::status);
    }

    private static Optional<Status> status(JsonValue body) {
        var data = body.path("data");
        if (!data.isArray()) {
            return Optional.empty();
        }
        var fields = new HashSet<String>();
        data.forEach(app -> app.path("subscribed_fields").forEach(field ->
                fields.add(field.isTextual() ? field.asText() : field.path("name").asText())));
        return Optional.of(new Status(!data.isEmpty(), fields));
    }
}

package id.aduan.adapters.chat;

import id.aduan.adapters.json.JsonValue;
import id.aduan.adapters.secrets.CachedSecret;
import id.aduan.core.alert.ChatChannels;
import id.aduan.core.alert.ChatRoute;
import id.aduan.core.alert.ChatTarget;
import id.aduan.core.kernel.Tenant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The chat routes, kept in Secrets Manager because bot tokens and webhook URLs are secrets:
 * <pre>
 * {"telegramBotToken": "123456:ABC…",
 *  "routes": [
 *    {"name": "dishub", "telegram": {"chatId": "-1001234567890"},
 *     "match": {"unit": ["PERHUBUNGAN"], "audience": ["UNIT"]}},
 *    {"name": "humas", "slack": {"webhookUrl": "https://hooks.slack.com/services/…"},
 *     "match": {"audience": ["COMMUNICATIONS", "OPERATIONS"]}}],
 *  "tenants": {
 *    "32.05": {"telegramBotToken": "654321:XYZ…",
 *              "routes": [{"name": "garut-humas", "telegram": {"chatId": "-1009876543210"}}]}}}
 * </pre>
 * The top-level {@code routes} take operations alerts, and the alerts of the stack's first tenant unless
 * {@code tenants} names it (so a secret written before tenants keeps working); another tenant's alerts
 * go only to the routes {@code tenants} lists for it, never to another government's chats. A Telegram
 * route may name its own {@code botToken}, else its tenant's, else the top-level one. A route that cannot
 * be used (no chat id, no token, no URL) is refused with its name, never with the secret.
 */
public final class ChatChannelsSecret implements ChatChannels {

    private final CachedSecret secret;
    private final Tenant firstTenant;

    /** @param firstTenant the tenant whose alerts the top-level routes took before the stack had tenants */
    public ChatChannelsSecret(CachedSecret secret, Tenant firstTenant) {
        this.secret = secret;
        this.firstTenant = firstTenant;
    }

    @Override
    public List<ChatRoute> routes(Optional<Tenant> tenant) {
        var document = secret.value();
        var sharedBotToken = document.path("telegramBotToken").asText("");
        if (tenant.isEmpty()) {
            return routes(document, sharedBotToken);
        }
        var own = document.path("tenants").path(tenant.get().id());
        if (own.has("routes")) {
            return routes(own, own.path("telegramBotToken").asText(sharedBotToken));
        }
        return tenant.get().equals(firstTenant) ? routes(document, sharedBotToken) : List.of();
    }

    private static List<ChatRoute> routes(JsonValue channels, String sharedBotToken) {
        var routes = new ArrayList<ChatRoute>();
        int position = 0;
        for (JsonValue route : channels.path("routes")) {
            position++;
            var name = route.path("name").asText("route " + position);
            routes.add(new ChatRoute(name, target(name, route, sharedBotToken), match(route.path("match"))));
        }
        return routes;
    }

    private static ChatTarget target(String name, JsonValue route, String sharedBotToken) {
        if (route.has("telegram")) {
            var telegram = route.path("telegram");
            var token = telegram.path("botToken").asText(sharedBotToken);
            var chatId = telegram.path("chatId").asText("");
            if (token.isBlank() || chatId.isBlank()) {
                throw new IllegalStateException("chat route " + name + " needs a chatId and a Telegram bot token");
            }
            return new ChatTarget.Telegram(token, chatId);
        }
        var url = route.path("slack").path("webhookUrl").asText("");
        if (url.isBlank()) {
            throw new IllegalStateException("chat route " + name + " needs telegram.chatId or slack.webhookUrl");
        }
        return new ChatTarget.Slack(url);
    }

    private static Map<String, Set<String>> match(JsonValue match) {
        var rules = new LinkedHashMap<String, Set<String>>();
        match.properties().forEach(rule -> {
            var values = new HashSet<String>();
            if (rule.getValue().isArray()) {
                rule.getValue().forEach(value -> values.add(value.asText()));
            } else {
                values.add(rule.getValue().asText());
            }
            rules.put(rule.getKey(), values);
        });
        return rules;
    }
}

package id.aduan.adapters.chat;

import id.aduan.adapters.json.JsonValue;
import id.aduan.adapters.secrets.CachedSecret;
import id.aduan.core.alert.ChatChannels;
import id.aduan.core.alert.ChatRoute;
import id.aduan.core.alert.ChatTarget;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The chat routes, kept in Secrets Manager because bot tokens and webhook URLs are secrets:
 * <pre>
 * {"telegramBotToken": "123456:ABC…",
 *  "routes": [
 *    {"name": "dishub", "telegram": {"chatId": "-1001234567890"},
 *     "match": {"unit": ["PERHUBUNGAN"], "audience": ["UNIT"]}},
 *    {"name": "humas", "slack": {"webhookUrl": "https://hooks.slack.com/services/…"},
 *     "match": {"audience": ["COMMUNICATIONS", "OPERATIONS"]}}]}
 * </pre>
 * A Telegram route may name its own {@code botToken}. A route that cannot be used (no chat id, no
 * token, no URL) is refused with its name, never with the secret.
 */
public final class ChatChannelsSecret implements ChatChannels {

    private final CachedSecret secret;

    public ChatChannelsSecret(CachedSecret secret) {
        this.secret = secret;
    }

    @Override
    public List<ChatRoute> routes() {
        var document = secret.value();
        var routes = new ArrayList<ChatRoute>();
        int position = 0;
        for (JsonValue route : document.path("routes")) {
            position++;
            var name = route.path("name").asText("route " + position);
            routes.add(new ChatRoute(name, target(name, route, document.path("telegramBotToken").asText("")),
                    match(route.path("match"))));
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

package id.aduan.adapters.chat;

import id.aduan.adapters.instagram.Backoff;
import id.aduan.core.alert.ChatPoster;
import id.aduan.adapters.json.JsonReader;
import id.aduan.adapters.json.JsonValue;
import id.aduan.adapters.json.JsonWriter;
import id.aduan.core.alert.ChatTarget;
import id.aduan.core.kernel.Deadline;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Optional;

/**
 * Posts to Telegram's bot API ({@code sendMessage}) and to Slack-compatible incoming webhooks
 * ({@code {"text": …}}). Rate limits (429, with Telegram's {@code retry_after} or a
 * {@code Retry-After} header), server errors and unreachable hosts are retried with backoff while the
 * invocation has time; any other refusal is final. Neither tokens nor webhook URLs reach an error
 * message.
 */
public final class ChatWebhooks implements ChatPoster {

    public static final URI TELEGRAM_API = URI.create("https://api.telegram.org");
    private static final int ATTEMPTS = 4;
    /** Time kept back for the handler to report and end before its timeout. */
    private static final Duration MARGIN = Duration.ofSeconds(5);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http;
    private final URI telegramApi;
    private final Backoff backoff;

    public ChatWebhooks(HttpClient http, URI telegramApi, Backoff backoff) {
        this.http = http;
        this.telegramApi = telegramApi;
        this.backoff = backoff;
    }

    public static HttpClient httpClient() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    }

    @Override
    public void post(ChatTarget target, String message, Deadline deadline) {
        var request = request(target, message);
        String problem;
        for (int attempt = 1; ; attempt++) {
            Optional<Duration> retryAfter = Optional.empty();
            try {
                var response = http.send(request, HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status >= 200 && status < 300) {
                    return;
                }
                problem = target + " answered " + status + describe(response.body());
                if (status != 429 && status < 500) {
                    throw new ChatPostFailed(problem);
                }
                retryAfter = retryAfter(response);
            } catch (IOException e) {
                problem = target + " unreachable (" + e.getClass().getSimpleName() + ")";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ChatPostFailed(target + " interrupted");
            }
            if (attempt == ATTEMPTS) {
                throw new ChatPostFailed(problem + " after " + ATTEMPTS + " attempts");
            }
            var delay = backoff.delayAfter(attempt, retryAfter);
            if (delay.compareTo(deadline.remaining().minus(MARGIN)) > 0) {
                throw new ChatPostFailed(problem + "; no time left to wait " + delay.toSeconds() + " s");
            }
            sleep(delay);
        }
    }

    private HttpRequest request(ChatTarget target, String message) {
        var body = new LinkedHashMap<String, Object>();
        URI uri;
        switch (target) {
            case ChatTarget.Telegram telegram -> {
                uri = URI.create(telegramApi + "/bot" + telegram.botToken() + "/sendMessage");
                body.put("chat_id", telegram.chatId());
                body.put("text", message);
                body.put("disable_web_page_preview", true);
            }
            case ChatTarget.Slack slack -> {
                uri = URI.create(slack.webhookUrl());
                body.put("text", message);
            }
        }
        return HttpRequest.newBuilder(uri)
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(JsonWriter.write(body)))
                .build();
    }

    /** {@code Retry-After} in seconds (Slack and most gateways), else Telegram's {@code parameters.retry_after}. */
    private static Optional<Duration> retryAfter(HttpResponse<String> response) {
        var header = response.headers().firstValue("Retry-After").flatMap(ChatWebhooks::seconds);
        if (header.isPresent()) {
            return header;
        }
        return json(response.body()).map(body -> body.path("parameters").path("retry_after"))
                .filter(JsonValue::canConvertToLong).map(seconds -> Duration.ofSeconds(seconds.asLong()));
    }

    /** Telegram explains a refusal in {@code description}, which never echoes the token. */
    private static String describe(String body) {
        return json(body).map(node -> node.path("description").asText(""))
                .filter(text -> !text.isBlank()).map(text -> ": " + text).orElse("");
    }

    private static Optional<Duration> seconds(String value) {
        try {
            return Optional.of(Duration.ofSeconds(Long.parseLong(value.strip())));
        } catch (NumberFormatException httpDate) {
            return Optional.empty();
        }
    }

    private static Optional<JsonValue> json(String body) {
        try {
            return Optional.of(JsonReader.read(body)).filter(JsonValue::isObject);
        } catch (IOException notJson) {
            return Optional.empty();
        }
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChatPostFailed("interrupted while waiting to retry");
        }
    }
}

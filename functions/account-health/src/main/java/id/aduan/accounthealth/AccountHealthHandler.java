package id.aduan.accounthealth;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import id.aduan.adapters.config.Settings;
import id.aduan.adapters.json.Json;
import id.aduan.core.alert.OutboxPublisher;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Every six hours: keeps the Instagram access token alive (refresh or debug_token, warnings before it
 * lapses), checks the account's webhook subscription and looks for an account gone silent. The three
 * checks are independent: one failing does not stop the others, but fails the invocation, so the
 * function's error alarm tells operations.
 */
public final class AccountHealthHandler implements RequestStreamHandler {

    private final Wiring wiring;

    public AccountHealthHandler() {
        this(Wiring.fromEnvironment());
    }

    /** For running in-process with a given environment (tests, the local run). */
    public AccountHealthHandler(Settings settings) {
        this(new Wiring(settings, Clock.systemUTC()));
    }

    public AccountHealthHandler(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        input.readAllBytes();
        var report = new LinkedHashMap<String, Object>();
        var failed = new LinkedHashMap<String, String>();
        run("token", wiring.tokens::keep, token -> Map.of(
                "outcome", token.outcome().name(),
                "lapsesAt", token.lapsesAt().map(Object::toString).orElse(""),
                "alerts", published(token.alerts())), report, failed);
        run("subscription", wiring.subscription::check, subscription -> Map.of(
                "healthy", subscription.healthy(),
                "missing", subscription.missing(),
                "alerts", published(subscription.alerts())), report, failed);
        run("silence", wiring.silence::check, silence -> Map.of(
                "silentAccounts", silence.silentAccounts(),
                "alerts", published(silence.alerts())), report, failed);
        wiring.runtime.metrics().emit(Map.of("AccountHealthChecksFailed", failed.size(),
                "TokenRefreshed", "REFRESHED".equals(outcome(report)) ? 1 : 0));
        if (!failed.isEmpty()) {
            report.put("failed", failed);
            wiring.runtime.log().warn("account health: checks failed, tried again at the next run", report);
            throw new IllegalStateException("account health checks failed: " + String.join(", ", failed.keySet()));
        }
        wiring.runtime.log().info("account health", report);
        Json.mapper().writeValue(output, report);
    }

    private <T> void run(String check, Supplier<T> work, Function<T, Map<String, Object>> describe,
                         Map<String, Object> report, Map<String, String> failed) {
        try {
            report.put(check, describe.apply(work.get()));
        } catch (RuntimeException e) {
            wiring.runtime.log().error("account health: " + check + " check failed", e, Map.of("check", check));
            failed.put(check, e.getClass().getSimpleName());
        }
    }

    private static List<String> published(List<OutboxPublisher.Outcome> alerts) {
        return alerts.stream().map(alert -> alert.alertId() + (alert.published() ? "" : " (left in the outbox)"))
                .toList();
    }

    private static Object outcome(Map<String, Object> report) {
        return report.get("token") instanceof Map<?, ?> token ? token.get("outcome") : null;
    }
}

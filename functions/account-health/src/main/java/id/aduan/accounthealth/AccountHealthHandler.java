package id.aduan.accounthealth;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import id.aduan.adapters.config.Settings;
import id.aduan.adapters.json.Json;
import id.aduan.core.alert.OutboxPublisher;
import id.aduan.core.health.TokenKeeper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        var failed = new LinkedHashMap<String, String>();
        var token = run("token", wiring.tokens::keep, failed);
        var subscription = run("subscription", wiring.subscription::check, failed);
        var silence = run("silence", wiring.silence::check, failed);
        var report = new LinkedHashMap<String, Object>();
        token.ifPresent(kept -> report.put("token", Map.of(
                "outcome", kept.outcome().name(),
                "lapsesAt", kept.lapsesAt().map(Object::toString).orElse(""),
                "alerts", published(kept.alerts()))));
        subscription.ifPresent(checked -> report.put("subscription", Map.of(
                "healthy", checked.healthy(),
                "missing", checked.missing(),
                "alerts", published(checked.alerts()))));
        silence.ifPresent(watched -> report.put("silence", Map.of(
                "silentAccounts", watched.silentAccounts(),
                "alerts", published(watched.alerts()))));
        boolean refreshed = token.filter(kept -> kept.outcome() == TokenKeeper.Outcome.REFRESHED).isPresent();
        wiring.runtime.metrics().emit(Map.of("AccountHealthChecksFailed", failed.size(),
                "TokenRefreshed", refreshed ? 1 : 0));
        if (!failed.isEmpty()) {
            report.put("failed", failed);
            wiring.runtime.log().warn("account health: checks failed, tried again at the next run", report);
            throw new IllegalStateException("account health checks failed: " + String.join(", ", failed.keySet()));
        }
        wiring.runtime.log().info("account health", report);
        Json.mapper().writeValue(output, report);
    }

    /** Runs one check; a failure is logged and named in {@code failed}, and the other checks still run. */
    private <T> Optional<T> run(String check, Supplier<T> work, Map<String, String> failed) {
        try {
            return Optional.of(work.get());
        } catch (RuntimeException e) {
            wiring.runtime.log().error("account health: " + check + " check failed", e, Map.of("check", check));
            failed.put(check, e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    private static List<String> published(List<OutboxPublisher.Outcome> alerts) {
        return alerts.stream().map(alert -> alert.alertId() + (alert.published() ? "" : " (left in the outbox)"))
                .toList();
    }
}

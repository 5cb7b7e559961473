package id.aduan.accounthealth;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import id.aduan.adapters.config.Settings;
import id.aduan.adapters.runtime.Outcome;
import id.aduan.adapters.runtime.ServedJobs;
import id.aduan.core.account.InstagramAccount;
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
 * Every six hours, for every active Instagram account: keeps its access token alive (refresh or
 * debug_token, warnings before it lapses) and checks its webhook subscription; then looks for an account
 * gone silent. The checks are independent: one failing (one account's, or one kind) does not stop the
 * others, but fails the invocation, so the function's error alarm tells operations.
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
        new ServedJobs(wiring.runtime).serve(input, output, context, (invocation, event) -> check());
    }

    private Outcome check() {
        var failed = new LinkedHashMap<String, String>();
        var accounts = new LinkedHashMap<String, Object>();
        boolean refreshed = false;
        for (InstagramAccount account : wiring.accounts.active()) {
            var checks = wiring.checksOf(account);
            var checked = new LinkedHashMap<String, Object>();
            var token = run(account.id() + "/token", checks.tokens()::keep, failed);
            var subscription = run(account.id() + "/subscription", checks.subscription()::check, failed);
            token.ifPresent(kept -> checked.put("token", Map.of(
                    "outcome", kept.outcome().name(),
                    "lapsesAt", kept.lapsesAt().map(Object::toString).orElse(""),
                    "alerts", published(kept.alerts()))));
            subscription.ifPresent(result -> checked.put("subscription", Map.of(
                    "healthy", result.healthy(),
                    "missing", result.missing(),
                    "alerts", published(result.alerts()))));
            accounts.put(account.id(), checked);
            refreshed |= token.filter(kept -> kept.outcome() == TokenKeeper.Outcome.REFRESHED).isPresent();
        }
        var silence = run("silence", wiring.silence::check, failed);
        var report = new LinkedHashMap<String, Object>();
        report.put("accounts", accounts);
        silence.ifPresent(watched -> report.put("silence", Map.of(
                "silentAccounts", watched.silentAccounts(),
                "alerts", published(watched.alerts()))));
        var metrics = Map.of("AccountHealthChecksFailed", failed.size(), "TokenRefreshed", refreshed ? 1 : 0);
        if (failed.isEmpty()) {
            return Outcome.info("account health", report, metrics);
        }
        report.put("failed", failed);
        return Outcome.warning("account health: checks failed, tried again at the next run", report, metrics)
                .failingWith(new IllegalStateException("account health checks failed: "
                        + String.join(", ", failed.keySet())));
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

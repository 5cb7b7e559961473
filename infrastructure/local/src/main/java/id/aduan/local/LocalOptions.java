package id.aduan.local;

import id.aduan.adapters.config.Settings;
import id.aduan.adapters.config.SlaSettings;
import id.aduan.adapters.config.TenantSettings;
import id.aduan.adapters.json.Json;
import id.aduan.testkit.SamTemplate;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a local run is set up. {@link #fromEnvironment} reads {@code ADUAN_LOCAL_PORT} (3000),
 * {@code ADUAN_LOCAL_AWS_PORT} (a free one), {@code ADUAN_IG_APP_SECRET} and {@code ADUAN_IG_VERIFY_TOKEN}
 * (development defaults, never real secrets); a port of 0 means a free one. {@code ADUAN_SLA_TARGET}
 * (an ISO-8601 duration such as {@code PT4M}) shortens every SLA target, so that a warning and a breach
 * can be watched within minutes. {@code ADUAN_TENANTS} (region codes, {@code 32.73,32.05}) makes the run
 * serve several governments, as the template's {@code Tenants} does a stack; the console's local sign-in
 * then asks which one. {@code functionSettings} go into every function's environment on top of the
 * template's.
 */
record LocalOptions(SamTemplate template, int port, int awsPort, boolean schedules, Path stateDir, String appSecret,
                    String verifyToken, Duration asyncRetryDelay, Clock clock, Map<String, String> functionSettings) {

    LocalOptions(SamTemplate template, int port, int awsPort, boolean schedules, Path stateDir, String appSecret,
                 String verifyToken, Duration asyncRetryDelay, Clock clock) {
        this(template, port, awsPort, schedules, stateDir, appSecret, verifyToken, asyncRetryDelay, clock, Map.of());
    }

    static final String STACK = "aduan-local";
    static final String DEFAULT_APP_SECRET = "aduan-local-app-secret";
    static final String DEFAULT_VERIFY_TOKEN = "aduan-local-verify-token";
    static final int DEFAULT_PORT = 3000;
    /** Lambda waits a minute before retrying a failed asynchronous invocation, then two. */
    static final Duration LAMBDA_RETRY_DELAY = Duration.ofMinutes(1);

    static LocalOptions fromEnvironment(Map<String, String> environment, boolean schedules) {
        var template = SamTemplate.locate();
        return new LocalOptions(template,
                port(environment, "ADUAN_LOCAL_PORT", DEFAULT_PORT),
                port(environment, "ADUAN_LOCAL_AWS_PORT", 0),
                schedules,
                LocalState.folderOf(template),
                appSecret(environment),
                environment.getOrDefault("ADUAN_IG_VERIFY_TOKEN", DEFAULT_VERIFY_TOKEN),
                LAMBDA_RETRY_DELAY,
                Clock.systemUTC(),
                functionSettings(environment));
    }

    private static Map<String, String> functionSettings(Map<String, String> environment) {
        var settings = new LinkedHashMap<String, String>();
        var tenants = environment.get("ADUAN_TENANTS");
        if (tenants != null && !tenants.isBlank()) {
            settings.put(TenantSettings.TENANTS, validTenants(tenants.strip()));
        }
        var target = environment.get("ADUAN_SLA_TARGET");
        if (target != null && !target.isBlank()) {
            settings.put(SlaSettings.TARGET_OVERRIDE, slaTarget(target));
        }
        return Map.copyOf(settings);
    }

    /** Read as the functions read it, so that a wrong list stops the run before any function starts. */
    private static String validTenants(String tenants) {
        try {
            TenantSettings.configured(new Settings(Map.of(TenantSettings.TENANTS, tenants)));
            return tenants;
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException("ADUAN_TENANTS must be region codes such as 32.73,32.05: " + e.getMessage());
        }
    }

    private static String slaTarget(String target) {
        try {
            if (!Duration.parse(target.strip()).isPositive()) {
                throw new DateTimeParseException("not positive", target, 0);
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("ADUAN_SLA_TARGET must be a positive ISO-8601 duration such as PT4M, not "
                    + target);
        }
        return target.strip();
    }

    static String appSecret(Map<String, String> environment) {
        return environment.getOrDefault("ADUAN_IG_APP_SECRET", DEFAULT_APP_SECRET);
    }

    /** The secret values put into the emulator, by the logical id of the template's secret. */
    Map<String, String> secretValues() {
        return Map.of("InstagramSecret", Json.write(Map.of(
                "appSecrets", List.of(appSecret),
                "verifyToken", verifyToken,
                "accessToken", "local-access-token")));
    }

    private static int port(Map<String, String> environment, String name, int fallback) {
        var value = environment.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value.strip());
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a port number, not " + value);
        }
    }
}

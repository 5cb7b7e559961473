package id.aduan.local;

import com.fasterxml.jackson.databind.JsonNode;
import id.aduan.adapters.json.Json;
import id.aduan.core.kernel.Tenant;
import id.aduan.core.kernel.Tenants;
import id.aduan.core.triage.HomeRegion;
import id.aduan.testkit.OutageProxy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Routes of the local run itself, which AWS does not have and {@code template.yaml} must not declare:
 * {@code GET /.well-known/jwks.json} (the keys local tokens are checked with), {@code GET /local/alerts}
 * (what the topics received), {@code POST /local/fire/{FunctionLogicalId}} (run a schedule now) and
 * {@code POST /local/token} (a staff token for the console's local sign-in: {@code {"role", "unit"?, "name",
 * "tenant"?}}), {@code GET /local/tenants} (the governments the run serves, to sign in for one)
 * and {@code POST /local/outage} ({@code {"seconds": 20}}: the functions' AWS endpoint goes away for that
 * long, as a store or emulator restarted; the data stays).
 */
final class LocalEndpoints {

    static final String JWKS = "/.well-known/jwks.json";
    static final String ALERTS = "/local/alerts";
    static final String FIRE = "/local/fire/";
    static final String TOKEN = "/local/token";
    static final String TENANTS = "/local/tenants";
    static final String OUTAGE = "/local/outage";
    private static final int LONGEST_OUTAGE_SECONDS = 600;
    /** A working day, like a Cognito ID token's longest life. */
    private static final Duration CONSOLE_TOKEN_TTL = Duration.ofHours(8);

    private final LocalIdentity identity;
    private final AlertLog alerts;
    private final Schedules schedules;
    private final TokenMinter tokens;
    private final OutageProxy storeEndpoint;
    private final Tenants served;

    LocalEndpoints(LocalIdentity identity, AlertLog alerts, Schedules schedules, TokenMinter tokens,
                   OutageProxy storeEndpoint, Tenants served) {
        this.identity = identity;
        this.alerts = alerts;
        this.schedules = schedules;
        this.tokens = tokens;
        this.storeEndpoint = storeEndpoint;
        this.served = served;
    }

    static boolean reserved(String path) {
        return path.equals(JWKS) || path.equals("/local") || path.startsWith("/local/");
    }

    Optional<GatewayResponse> handle(GatewayRequest request) {
        var path = request.rawPath();
        if (!reserved(path)) {
            return Optional.empty();
        }
        if (request.method().equals("GET") && path.equals(JWKS)) {
            return Optional.of(GatewayResponse.json(200,
                    identity.publicKeys().toString().getBytes(StandardCharsets.UTF_8)));
        }
        if (request.method().equals("GET") && path.equals(ALERTS)) {
            return Optional.of(GatewayResponse.json(200, alerts.all()));
        }
        if (request.method().equals("GET") && path.equals(TENANTS)) {
            return Optional.of(GatewayResponse.json(200, Map.of("tenants", served.all().stream()
                    .map(LocalEndpoints::government).toList())));
        }
        if (request.method().equals("POST") && path.equals(TOKEN)) {
            return Optional.of(token(request.body()));
        }
        if (request.method().equals("POST") && path.equals(OUTAGE)) {
            return Optional.of(outage(request.body()));
        }
        if (request.method().equals("POST") && path.startsWith(FIRE)) {
            return Optional.of(fire(path.substring(FIRE.length())));
        }
        return Optional.of(GatewayResponse.message(404, "Not Found"));
    }

    private GatewayResponse token(byte[] body) {
        JsonNode request;
        try {
            request = Json.mapper().readTree(body);
        } catch (IOException e) {
            return GatewayResponse.message(400, "the body is not JSON: {\"role\": \"triage\", \"unit\": null, \"name\": \"nia\"}");
        }
        if (request == null || !request.path("role").isTextual() || !request.path("name").isTextual()
                || request.path("name").asText().isBlank()) {
            return GatewayResponse.message(400, "role and name are required, e.g. {\"role\": \"agent\", \"unit\": \"BENCANA\", \"name\": \"budi\"}");
        }
        var unit = request.path("unit").isTextual() && !request.path("unit").asText().isBlank()
                ? request.path("unit").asText() : null;
        Tenant tenant = null;
        if (request.path("tenant").isTextual() && !request.path("tenant").asText().isBlank()) {
            var id = request.path("tenant").asText().strip();
            var named = served.named(id);
            if (named.isEmpty()) {
                return GatewayResponse.message(400, "this local run serves " + served.all().stream().map(Tenant::id)
                        .collect(Collectors.joining(", ")) + ", not " + id + " (ADUAN_TENANTS)");
            }
            tenant = named.get();
        }
        try {
            var staff = new TokenMinter.Staff(request.path("name").asText().strip(), List.of(request.path("role").asText()),
                    unit, null, CONSOLE_TOKEN_TTL, tenant);
            return GatewayResponse.json(200, Map.of("token", tokens.mint(staff)));
        } catch (IllegalArgumentException e) {
            return GatewayResponse.message(400, e.getMessage());
        }
    }

    private static Map<String, String> government(Tenant tenant) {
        var government = new LinkedHashMap<String, String>();
        government.put("id", tenant.id());
        government.put("name", HomeRegion.nameOf(tenant));
        return government;
    }

    private GatewayResponse outage(byte[] body) {
        JsonNode request;
        try {
            request = Json.mapper().readTree(body);
        } catch (IOException e) {
            request = null;
        }
        var seconds = request == null ? null : request.get("seconds");
        if (seconds == null || !seconds.isInt() || seconds.asInt() < 1 || seconds.asInt() > LONGEST_OUTAGE_SECONDS) {
            return GatewayResponse.message(400, "seconds (1 to " + LONGEST_OUTAGE_SECONDS + ") is required, e.g. {\"seconds\": 20}");
        }
        storeEndpoint.stopFor(Duration.ofSeconds(seconds.asInt()));
        return GatewayResponse.json(200, Map.of("outageSeconds", seconds.asInt()));
    }

    private GatewayResponse fire(String function) {
        try {
            return GatewayResponse.json(200, schedules.fireNow(function));
        } catch (IllegalArgumentException e) {
            return GatewayResponse.message(404, e.getMessage());
        } catch (FunctionFailure failure) {
            var body = new LinkedHashMap<String, String>();
            body.put("message", function + " failed");
            body.put("errorType", failure.errorType());
            body.put("errorMessage", failure.getMessage());
            return GatewayResponse.json(502, body);
        }
    }
}

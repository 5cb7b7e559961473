package id.aduan.local;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Optional;

/**
 * Routes of the local run itself, which AWS does not have and {@code template.yaml} must not declare:
 * {@code GET /.well-known/jwks.json} (the keys local tokens are checked with), {@code GET /local/alerts}
 * (what the topics received) and {@code POST /local/fire/{FunctionLogicalId}} (run a schedule now).
 */
final class LocalEndpoints {

    static final String JWKS = "/.well-known/jwks.json";
    static final String ALERTS = "/local/alerts";
    static final String FIRE = "/local/fire/";

    private final LocalIdentity identity;
    private final AlertLog alerts;
    private final Schedules schedules;

    LocalEndpoints(LocalIdentity identity, AlertLog alerts, Schedules schedules) {
        this.identity = identity;
        this.alerts = alerts;
        this.schedules = schedules;
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
        if (request.method().equals("POST") && path.startsWith(FIRE)) {
            return Optional.of(fire(path.substring(FIRE.length())));
        }
        return Optional.of(GatewayResponse.message(404, "Not Found"));
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

package id.aduan.local;

import static id.aduan.local.TestTemplateRun.request;
import static id.aduan.local.TestTemplateRun.send;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.aduan.adapters.json.Json;
import java.io.IOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The gateway over real HTTP with the test template: routes, JWT authorizer, events and API Gateway's own answers. */
class GatewayIT {

    private final LocalRun run = TestTemplateRun.get();

    private String token(List<String> roles, String unit, Duration ttl) {
        return token(roles, unit, ttl, run.options().clock());
    }

    /** Minted as {@code ./aduan token} does, with the key the run uses. */
    private String token(List<String> roles, String unit, Duration ttl, Clock clock) {
        var identity = LocalIdentity.loadOrCreate(new LocalState(run.options().stateDir()).signingKeyFile());
        return new TokenMinter(identity, clock).mint(new TokenMinter.Staff("agent.bm", roles, unit, null, ttl));
    }

    private static JsonNode event(HttpResponse<String> response) throws IOException {
        return Json.mapper().readTree(response.body());
    }

    @Test
    void protectedRouteWantsAToken() {
        var response = send(request("/complaints/ADU-7K3Q9"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).isEqualTo("{\"message\":\"Unauthorized\"}");
        assertThat(response.headers().firstValue("www-authenticate")).hasValueSatisfying(value ->
                assertThat(value).contains("error=\"invalid_token\""));
    }

    @Test
    void validTokenReachesTheFunctionWithItsClaimsFlattened() throws IOException {
        var token = token(List.of("agent", "supervisor"), "BINA_MARGA_SDA", Duration.ofHours(8));

        var response = send(request("/complaints/ADU-7K3Q9?expand=timeline").header("Authorization", "Bearer " + token));

        assertThat(response.statusCode()).isEqualTo(200);
        var event = event(response);
        assertThat(event.path("routeKey").asText()).isEqualTo("GET /complaints/{id}");
        assertThat(event.path("pathParameters").path("id").asText()).isEqualTo("ADU-7K3Q9");
        assertThat(event.path("queryStringParameters").path("expand").asText()).isEqualTo("timeline");
        assertThat(event.path("headers").path("authorization").asText()).startsWith("Bearer ");
        var jwt = event.path("requestContext").path("authorizer").path("jwt");
        assertThat(jwt.path("claims").path("cognito:groups").asText()).isEqualTo("[agent supervisor]");
        assertThat(jwt.path("claims").path("custom:unit").asText()).isEqualTo("BINA_MARGA_SDA");
        assertThat(jwt.path("claims").path("iss").asText()).isEqualTo(LocalIdentity.ISSUER);
        assertThat(jwt.path("scopes").isNull()).isTrue();
    }

    @Test
    void expiredTokenIsRefused() {
        var anHourAgo = Clock.offset(run.options().clock(), Duration.ofHours(-1));
        var token = token(List.of("viewer"), "BINA_MARGA_SDA", Duration.ofMinutes(5), anHourAgo);

        var response = send(request("/complaints/ADU-7K3Q9").header("Authorization", token));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("www-authenticate")).hasValueSatisfying(value ->
                assertThat(value).contains("expired"));
    }

    @Test
    void routeRequiringAScopeRefusesAnIdTokenWith403() {
        var token = token(List.of("admin"), null, Duration.ofHours(1));

        var response = send(request("/complaints/ADU-7K3Q9/notes").header("Authorization", token)
                .POST(BodyPublishers.ofString("{}")));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).isEqualTo("{\"message\":\"Forbidden\"}");
    }

    @Test
    void openRoutesNeedNoTokenAndGreedyRoutesTakeAnyMethod() throws IOException {
        assertThat(send(request("/public/stats")).statusCode()).isEqualTo(200);

        var response = send(request("/files/2025/03/photo.jpg").header("content-type", "image/jpeg")
                .method("PUT", BodyPublishers.ofByteArray(new byte[] {(byte) 0xff, (byte) 0xd8})));

        assertThat(response.statusCode()).isEqualTo(200);
        var event = event(response);
        assertThat(event.path("routeKey").asText()).isEqualTo("ANY /files/{proxy+}");
        assertThat(event.path("pathParameters").path("proxy").asText()).isEqualTo("2025/03/photo.jpg");
        assertThat(event.path("isBase64Encoded").asBoolean()).isTrue();
        assertThat(event.path("body").asText()).isEqualTo("/9g=");
    }

    @Test
    void unknownRoutesAndUndeclaredMethodsAre404() {
        for (var response : List.of(send(request("/nothing/here")), send(request("/public/stats").DELETE()))) {
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.body()).isEqualTo("{\"message\":\"Not Found\"}");
        }
    }

    @Test
    void failingFunctionIs500AndOneRunningPastItsTimeoutIs503() {
        var broken = send(request("/broken"));
        assertThat(broken.statusCode()).isEqualTo(500);
        assertThat(broken.body()).isEqualTo("{\"message\":\"Internal Server Error\"}");

        var slow = send(request("/slow"));
        assertThat(slow.statusCode()).isEqualTo(503);
        assertThat(slow.body()).isEqualTo("{\"message\":\"Service Unavailable\"}");
    }

    @Test
    void payloadOverTenMegabytesIs413() {
        var response = send(request("/public/stats").method("GET", BodyPublishers.ofByteArray(new byte[Gateway.PAYLOAD_LIMIT + 1])));

        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void jwksIsServedForTheLocalKey() throws IOException {
        var response = send(request(LocalEndpoints.JWKS));

        assertThat(response.statusCode()).isEqualTo(200);
        var key = event(response).path("keys").get(0);
        assertThat(key.path("kty").asText()).isEqualTo("RSA");
        assertThat(key.has("d")).isFalse();
    }
}

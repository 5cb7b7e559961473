package id.aduan.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.aduan.adapters.json.Json;
import id.aduan.testkit.SamTemplate.HttpRoute;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LambdaProxyTest {

    private static final HttpRoute ROUTE = new HttpRoute("POST", "/complaints/{id}/notes", "StaffApiFunction", "AddNote", null);
    private static final RouteTable.Match MATCH = new RouteTable.Match(ROUTE, Map.of("id", "ADU-7K3Q9"));

    private static GatewayRequest request(String contentType, byte[] body) {
        return new GatewayRequest("POST", "/complaints/ADU-7K3Q9/notes", "tag=a&tag=b&q=jalan%20rusak",
                Map.of("Content-Type", List.of(contentType), "X-Custom", List.of("1", "2"),
                        "Cookie", List.of("session=abc; theme=dark")),
                body, "127.0.0.1");
    }

    private static JsonNode event(GatewayRequest request, JwtClaims claims) throws IOException {
        return Json.mapper().readTree(LambdaProxy.event(request, MATCH, claims));
    }

    @Test
    void eventCarriesTheRouteThePathParametersAndTheRequestAsApiGatewaySendsIt() throws IOException {
        var event = event(request("application/json", "{\"note\":\"ok\"}".getBytes(StandardCharsets.UTF_8)), null);

        assertThat(event.path("version").asText()).isEqualTo("2.0");
        assertThat(event.path("routeKey").asText()).isEqualTo("POST /complaints/{id}/notes");
        assertThat(event.path("requestContext").path("routeKey").asText()).isEqualTo("POST /complaints/{id}/notes");
        assertThat(event.path("rawPath").asText()).isEqualTo("/complaints/ADU-7K3Q9/notes");
        assertThat(event.path("rawQueryString").asText()).isEqualTo("tag=a&tag=b&q=jalan%20rusak");
        assertThat(event.path("queryStringParameters").path("tag").asText()).isEqualTo("a,b");
        assertThat(event.path("queryStringParameters").path("q").asText()).isEqualTo("jalan rusak");
        assertThat(event.path("pathParameters").path("id").asText()).isEqualTo("ADU-7K3Q9");
        assertThat(event.path("headers").path("content-type").asText()).isEqualTo("application/json");
        assertThat(event.path("headers").path("x-custom").asText()).isEqualTo("1,2");
        assertThat(event.path("headers").has("cookie")).isFalse();
        assertThat(event.path("headers").has("user-agent")).isFalse();
        assertThat(event.path("cookies")).extracting(JsonNode::asText).containsExactly("session=abc", "theme=dark");
        assertThat(event.path("requestContext").path("http").path("method").asText()).isEqualTo("POST");
        assertThat(event.path("requestContext").path("http").path("sourceIp").asText()).isEqualTo("127.0.0.1");
        assertThat(event.path("requestContext").has("authorizer")).isFalse();
        assertThat(event.path("isBase64Encoded").asBoolean()).isFalse();
        assertThat(event.path("body").asText()).isEqualTo("{\"note\":\"ok\"}");
    }

    @Test
    void bodyThatIsNotTextArrivesBase64Encoded() throws IOException {
        var bytes = new byte[] {(byte) 0xff, 0, 1, 2};

        var event = event(request("image/jpeg", bytes), null);

        assertThat(event.path("isBase64Encoded").asBoolean()).isTrue();
        assertThat(Base64.getDecoder().decode(event.path("body").asText())).isEqualTo(bytes);
        assertThat(LambdaProxy.isText("text/plain; charset=utf-8")).isTrue();
        assertThat(LambdaProxy.isText("application/problem+json")).isTrue();
        assertThat(LambdaProxy.isText("application/x-www-form-urlencoded")).isFalse();
        assertThat(LambdaProxy.isText("")).isFalse();
    }

    @Test
    void validatedClaimsAndScopesArePassedInTheAuthorizerContext() throws IOException {
        var claims = JwtClaims.of(Map.of("cognito:groups", List.of("agent", "supervisor"), "custom:unit", "BINA_MARGA_SDA"));

        var jwt = event(request("application/json", new byte[0]), claims).path("requestContext").path("authorizer").path("jwt");

        assertThat(jwt.path("claims").path("cognito:groups").asText()).isEqualTo("[agent supervisor]");
        assertThat(jwt.path("claims").path("custom:unit").asText()).isEqualTo("BINA_MARGA_SDA");
        assertThat(jwt.path("scopes").isNull()).isTrue();
    }

    @Test
    void responseWithStatusCodeIsMappedHeaderCookieAndBase64BodyIncluded() {
        var response = LambdaProxy.response("""
                {"statusCode":201,"headers":{"Content-Type":"image/png","X-Id":"7"},"cookies":["a=1","b=2"],
                 "body":"AAEC","isBase64Encoded":true}""".getBytes(StandardCharsets.UTF_8));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.headers()).containsEntry("content-type", List.of("image/png"))
                .containsEntry("x-id", List.of("7")).containsEntry("set-cookie", List.of("a=1", "b=2"));
        assertThat(response.body()).isEqualTo(new byte[] {0, 1, 2});
    }

    @Test
    void resultWithoutStatusCodeIsA200JsonAndAResultThatIsNotJsonIsA500() {
        var inferred = LambdaProxy.response("{\"replayed\":0}".getBytes(StandardCharsets.UTF_8));
        assertThat(inferred.status()).isEqualTo(200);
        assertThat(inferred.headers()).containsEntry("content-type", List.of("application/json"));
        assertThat(new String(inferred.body(), StandardCharsets.UTF_8)).isEqualTo("{\"replayed\":0}");

        var broken = LambdaProxy.response("not json".getBytes(StandardCharsets.UTF_8));
        assertThat(broken.status()).isEqualTo(500);
        assertThat(new String(broken.body(), StandardCharsets.UTF_8)).isEqualTo("{\"message\":\"Internal Server Error\"}");
    }
}

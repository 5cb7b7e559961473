package id.aduan.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiGatewayEventsTest {

    @Test
    void readsTheRouteHeadersParametersClaimsAndBodyOfAnHttpApiEvent() throws Exception {
        var body = Base64.getEncoder().encodeToString("{\"text\":\"lampu mati\"}".getBytes(StandardCharsets.UTF_8));
        var event = """
                {"version":"2.0","routeKey":"POST /complaints/{id}/replies","rawPath":"/complaints/c-1/replies",
                 "headers":{"Content-Type":"application/json","X-Hub-Signature-256":"sha256=ab"},
                 "queryStringParameters":{"limit":"20"},"pathParameters":{"id":"c-1"},
                 "requestContext":{"requestId":"req-1","http":{"method":"POST","path":"/complaints/c-1/replies"},
                   "authorizer":{"jwt":{"claims":{"sub":"u-1","cognito:groups":"[triage]"}}}},
                 "body":"%s","isBase64Encoded":true}""".formatted(body);

        var request = ApiGatewayEvents.read(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)));

        assertThat(request.routeKey()).isEqualTo("POST /complaints/{id}/replies");
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/complaints/c-1/replies");
        assertThat(request.header("content-type")).contains("application/json");
        assertThat(request.header("x-hub-signature-256")).contains("sha256=ab");
        assertThat(request.queryParameter("limit")).contains("20");
        assertThat(request.pathParameter("id")).contains("c-1");
        assertThat(request.claims()).containsEntry("sub", "u-1").containsEntry("cognito:groups", "[triage]");
        assertThat(request.requestId()).isEqualTo("req-1");
        assertThat(request.bodyText()).isEqualTo("{\"text\":\"lampu mati\"}");
    }

    @Test
    void anEventThatIsNotJsonIsAnswered400WithAClearError() throws Exception {
        var out = new ByteArrayOutputStream();

        ApiGatewayEvents.respond(new ByteArrayInputStream("{\"routeKey\":".getBytes(StandardCharsets.UTF_8)), out,
                request -> HttpResponse.text(200, "not reached"));

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("{\"statusCode\":400,"
                + "\"headers\":{\"content-type\":\"application/json\"},"
                + "\"body\":\"{\\\"error\\\":{\\\"code\\\":\\\"MALFORMED_EVENT\\\",\\\"message\\\":\\\"the event is not JSON\\\"}}\","
                + "\"isBase64Encoded\":false}");
    }

    @Test
    void aResponseIsWrittenWithItsStatusHeadersAndBody() throws Exception {
        var out = new ByteArrayOutputStream();

        ApiGatewayEvents.write(HttpResponse.json(202, Map.of("status", "ACCEPTED")).withHeader("etag", "\"3\""), out);

        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("{\"statusCode\":202,\"headers\":{")
                .contains("\"etag\":\"\\\"3\\\"\"", "\"content-type\":\"application/json\"")
                .endsWith("\"body\":\"{\\\"status\\\":\\\"ACCEPTED\\\"}\",\"isBase64Encoded\":false}");
    }
}

package id.aduan.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.aduan.testkit.SamTemplate.HttpRoute;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouteTableTest {

    private static HttpRoute route(String method, String path) {
        return new HttpRoute(method, path, "Fn" + path.hashCode(), "Event", null);
    }

    private static final RouteTable TABLE = new RouteTable(List.of(
            route("GET", "/webhooks/instagram"),
            route("POST", "/webhooks/instagram"),
            route("GET", "/complaints"),
            route("GET", "/complaints/{id}"),
            route("GET", "/complaints/open"),
            route("POST", "/complaints/{id}/notes"),
            route("ANY", "/files/{proxy+}"),
            route("GET", "/files/{proxy+}")));

    private static String chosen(String method, String path) {
        return TABLE.match(method, path).map(m -> m.route().routeKey()).orElse("404");
    }

    @Test
    void exactRoutesMatchTheirMethodOnly() {
        assertThat(chosen("GET", "/webhooks/instagram")).isEqualTo("GET /webhooks/instagram");
        assertThat(chosen("POST", "/webhooks/instagram")).isEqualTo("POST /webhooks/instagram");
        assertThat(chosen("PUT", "/webhooks/instagram")).isEqualTo("404");
        assertThat(chosen("GET", "/webhooks/instagram/")).isEqualTo("404");
        assertThat(chosen("GET", "/webhooks")).isEqualTo("404");
        assertThat(chosen("GET", "/")).isEqualTo("404");
    }

    @Test
    void pathParametersAreDecodedAndALiteralSegmentWinsOverAVariable() {
        var match = TABLE.match("GET", "/complaints/ADU-7K3Q9").orElseThrow();
        assertThat(match.route().routeKey()).isEqualTo("GET /complaints/{id}");
        assertThat(match.pathParameters()).isEqualTo(Map.of("id", "ADU-7K3Q9"));
        assertThat(TABLE.match("GET", "/complaints/a%20b+c").orElseThrow().pathParameters()).containsEntry("id", "a b+c");
        assertThat(chosen("GET", "/complaints/open")).isEqualTo("GET /complaints/open");
        assertThat(chosen("POST", "/complaints/42/notes")).isEqualTo("POST /complaints/{id}/notes");
        assertThat(chosen("GET", "/complaints//notes")).isEqualTo("404");
    }

    @Test
    void greedyVariableTakesTheRestAndAnOwnMethodWinsOverAny() {
        var match = TABLE.match("GET", "/files/2025/03/photo.jpg").orElseThrow();
        assertThat(match.route().routeKey()).isEqualTo("GET /files/{proxy+}");
        assertThat(match.pathParameters()).isEqualTo(Map.of("proxy", "2025/03/photo.jpg"));
        assertThat(chosen("DELETE", "/files/a")).isEqualTo("ANY /files/{proxy+}");
        assertThat(chosen("GET", "/files")).isEqualTo("404");
        assertThat(chosen("GET", "/files/")).isEqualTo("404");
    }

    @Test
    void defaultRouteCatchesWhatNothingElseMatches() {
        var table = new RouteTable(List.of(route("ANY", "$default"), route("GET", "/health")));
        assertThat(table.match("GET", "/health").orElseThrow().route().path()).isEqualTo("/health");
        assertThat(table.match("POST", "/anything/at/all").orElseThrow().route().path()).isEqualTo("$default");
    }

    @Test
    void templatesThatApiGatewayWouldRefuseAreRefused() {
        assertThatThrownBy(() -> new RouteTable(List.of(route("GET", "/a"), route("GET", "/a"))))
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> new RouteTable(List.of(route("GET", "/{proxy+}/x"))))
                .hasMessageContaining("greedy");
    }
}

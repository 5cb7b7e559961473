package id.aduan.local;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.testkit.SamTemplate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** template.yaml and the code cannot drift apart: every function runs here, every route is served, no other. */
class TemplateContractTest {

    private static final SamTemplate TEMPLATE = SamTemplate.locate();

    @Test
    void everyFunctionPointsAtAStreamHandlerWithASettingsConstructor() {
        assertThat(TEMPLATE.functions()).isNotEmpty().allSatisfy(function ->
                assertThat(FunctionHost.handlerConstructor(function).getParameterCount()).isEqualTo(1));
    }

    @Test
    void everyDeclaredRouteIsMatchedAndNoOtherMethodOnItsPathUnlessAVariableRouteTakesIt() {
        var routes = TEMPLATE.functions().stream().flatMap(f -> f.httpRoutes().stream()).toList();
        var table = new RouteTable(routes);

        for (SamTemplate.HttpRoute route : routes) {
            assertThat(table.match(route.method(), route.path())).hasValueSatisfying(match ->
                    assertThat(match.route()).isEqualTo(route));
            for (String method : Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS")) {
                // GET /complaints/counts is declared, so GET /complaints/bulk-actions is GET /complaints/{id}, as in AWS.
                var declared = routes.stream().anyMatch(r -> r.method().equals(method) && covers(r.path(), route.path()));
                assertThat(table.match(method, route.path()).isPresent()).as(method + " " + route.path()).isEqualTo(declared);
            }
        }
    }

    /** Whether a route's path (literal segments and {variables}) takes a request for {@code path}. */
    private static boolean covers(String pattern, String path) {
        var patternSegments = pattern.split("/");
        var pathSegments = path.split("/");
        if (patternSegments.length != pathSegments.length) {
            return false;
        }
        for (int i = 0; i < patternSegments.length; i++) {
            if (!patternSegments[i].startsWith("{") && !patternSegments[i].equals(pathSegments[i])) {
                return false;
            }
        }
        return true;
    }

    @Test
    void everyRouteHasAnAuthorizationTheLocalRunCanApplyAndNoneUsesItsOwnPaths() {
        var authorization = new ApiAuthorization(TEMPLATE);
        TEMPLATE.functions().stream().flatMap(f -> f.httpRoutes().stream()).forEach(route -> {
            assertThat(authorization.forRoute(route)).isNotNull();
            assertThat(LocalEndpoints.reserved(route.path())).as(route.routeKey()).isFalse();
        });
    }

    @Test
    void everyScheduleOfTheTemplateCanBeRead() {
        assertThat(Schedules.read(TEMPLATE)).allSatisfy(schedule -> assertThat(schedule.expression()).isNotNull());
    }
}

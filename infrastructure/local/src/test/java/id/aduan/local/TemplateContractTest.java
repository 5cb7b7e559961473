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
                var declared = RoutePaths.served(routes, method, route.path());
                assertThat(table.match(method, route.path()).isPresent()).as(method + " " + route.path()).isEqualTo(declared);
            }
        }
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

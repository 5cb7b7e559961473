package id.aduan.local;

import id.aduan.testkit.SamTemplate;
import java.util.List;

/** What the routes of a template take, as the tests expect it, written independently of {@link RouteTable}. */
final class RoutePaths {

    private RoutePaths() {
    }

    /**
     * Whether some route with this method takes a request for {@code path}: its own, or one whose
     * {variable} segment takes the literal (GET /complaints/{id} takes GET /complaints/bulk-actions, as in AWS).
     */
    static boolean served(List<SamTemplate.HttpRoute> routes, String method, String path) {
        return routes.stream().anyMatch(route -> route.method().equals(method) && covers(route.path(), path));
    }

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
}

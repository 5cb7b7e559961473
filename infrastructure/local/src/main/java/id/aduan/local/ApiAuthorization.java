package id.aduan.local;

import id.aduan.testkit.SamTemplate;
import id.aduan.testkit.SamTemplate.HttpRoute;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which routes need a token, read from the {@code Auth} of the route's {@code AWS::Serverless::HttpApi}:
 * a route's own {@code Auth: {Authorizer: …}} ({@code NONE} for an open route), else the API's
 * {@code DefaultAuthorizer}, else open. Only JWT authorizers exist here; their issuer and audience are
 * replaced by the local ones ({@link LocalIdentity}).
 */
final class ApiAuthorization {

    private static final String DEFAULT_IDENTITY_SOURCE = "$request.header.Authorization";

    private final SamTemplate template;

    ApiAuthorization(SamTemplate template) {
        this.template = template;
    }

    /** How a route is protected: open, or by the named authorizer, its token source and required scopes. */
    record RouteAuth(String authorizer, IdentitySource identitySource, List<String> scopes) {
        static final RouteAuth OPEN = new RouteAuth(null, null, List.of());

        boolean open() {
            return authorizer == null;
        }
    }

    /** Where API Gateway looks for the token: {@code $request.header.X} or {@code $request.querystring.x}. */
    record IdentitySource(String expression, boolean header, String name) {
        static IdentitySource parse(String expression) {
            if (expression.startsWith("$request.header.")) {
                return new IdentitySource(expression, true, expression.substring("$request.header.".length()));
            }
            if (expression.startsWith("$request.querystring.")) {
                return new IdentitySource(expression, false, expression.substring("$request.querystring.".length()));
            }
            throw new IllegalArgumentException("the local run reads JWTs from $request.header.* or "
                    + "$request.querystring.* only, not " + expression);
        }

        Optional<String> token(GatewayRequest request) {
            var value = header ? request.header(name) : Optional.ofNullable(request.query().get(name));
            return value.map(String::strip)
                    .map(v -> v.regionMatches(true, 0, "Bearer ", 0, 7) ? v.substring(7).strip() : v)
                    .filter(v -> !v.isEmpty());
        }
    }

    RouteAuth forRoute(HttpRoute route) {
        var event = template.function(route.functionLogicalId()).events().stream()
                .filter(e -> e.name().equals(route.eventName())).findFirst().orElseThrow();
        var routeAuth = SamTemplate.map(event.properties().get("Auth"));
        var apiAuth = event.properties().containsKey("ApiId")
                ? SamTemplate.map(template.resource(SamTemplate.referencedLogicalId(event.properties().get("ApiId"),
                        route.routeKey() + " ApiId")).properties().get("Auth"))
                : Map.<String, Object>of();
        var name = Optional.ofNullable((String) routeAuth.get("Authorizer"))
                .orElse((String) apiAuth.get("DefaultAuthorizer"));
        if (name == null || name.equals("NONE")) {
            return RouteAuth.OPEN;
        }
        var authorizer = SamTemplate.map(SamTemplate.map(apiAuth.get("Authorizers")).get(name));
        if (authorizer.isEmpty()) {
            throw new IllegalArgumentException(route.routeKey() + " names the authorizer " + name
                    + ", which its HttpApi's Auth.Authorizers does not declare");
        }
        if (!authorizer.containsKey("JwtConfiguration")) {
            throw new IllegalArgumentException("the authorizer " + name + " of " + route.routeKey()
                    + " is not a JWT authorizer; the local run emulates JWT authorizers only");
        }
        var scopes = routeAuth.containsKey("AuthorizationScopes")
                ? routeAuth.get("AuthorizationScopes")
                : authorizer.getOrDefault("AuthorizationScopes", List.of());
        var source = (String) authorizer.getOrDefault("IdentitySource", DEFAULT_IDENTITY_SOURCE);
        return new RouteAuth(name, IdentitySource.parse(source),
                ((List<?>) scopes).stream().map(String::valueOf).toList());
    }
}

package id.aduan.local;

import id.aduan.testkit.SamTemplate.HttpRoute;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The HTTP API's routes and how API Gateway picks one for a request: the most specific path wins (a
 * literal segment over a {@code {variable}}, a variable over a greedy {@code {proxy+}}), a route's own
 * method over {@code ANY}, and {@code $default} catches what nothing else matches. No route, or no
 * route for the method, means 404.
 */
final class RouteTable {

    static final String DEFAULT_ROUTE = "$default";

    private final List<CompiledRoute> routes;

    RouteTable(List<HttpRoute> declared) {
        var keys = new HashSet<String>();
        var compiled = new ArrayList<CompiledRoute>();
        for (HttpRoute route : declared) {
            if (!keys.add(route.routeKey())) {
                throw new IllegalArgumentException("template.yaml declares the route " + route.routeKey() + " twice");
            }
            compiled.add(CompiledRoute.of(route));
        }
        this.routes = List.copyOf(compiled);
    }

    List<HttpRoute> routes() {
        return routes.stream().map(CompiledRoute::route).toList();
    }

    Optional<Match> match(String method, String rawPath) {
        var segments = splitPath(rawPath);
        return routes.stream()
                .filter(route -> route.accepts(method))
                .flatMap(route -> route.match(segments).map(parameters -> new Candidate(route, parameters)).stream())
                .min(Candidate.MOST_SPECIFIC_FIRST)
                .map(candidate -> new Match(candidate.route().route(), candidate.parameters()));
    }

    private static List<String> splitPath(String path) {
        return Arrays.asList((path.startsWith("/") ? path.substring(1) : path).split("/", -1));
    }

    /** The route chosen and its path parameters, decoded. */
    record Match(HttpRoute route, Map<String, String> pathParameters) {
    }

    private record Candidate(CompiledRoute route, Map<String, String> parameters) {
        static final Comparator<Candidate> MOST_SPECIFIC_FIRST = Comparator
                .comparing((Candidate c) -> c.route().kinds(), RouteTable::compareKinds)
                .thenComparing(c -> c.route().route().method().equals("ANY"));
    }

    private static int compareKinds(List<Kind> left, List<Kind> right) {
        for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
            int order = left.get(i).compareTo(right.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(right.size(), left.size());
    }

    /** Ordered from the most to the least specific. */
    private enum Kind { LITERAL, VARIABLE, GREEDY, DEFAULT }

    private record Segment(Kind kind, String text) {
        static Segment of(String text) {
            if (text.startsWith("{") && text.endsWith("+}")) {
                return new Segment(Kind.GREEDY, text.substring(1, text.length() - 2));
            }
            if (text.startsWith("{") && text.endsWith("}")) {
                return new Segment(Kind.VARIABLE, text.substring(1, text.length() - 1));
            }
            return new Segment(Kind.LITERAL, text);
        }
    }

    private record CompiledRoute(HttpRoute route, List<Segment> segments) {

        static CompiledRoute of(HttpRoute route) {
            if (route.path().equals(DEFAULT_ROUTE)) {
                return new CompiledRoute(route, List.of(new Segment(Kind.DEFAULT, DEFAULT_ROUTE)));
            }
            var segments = splitPath(route.path()).stream().map(Segment::of).toList();
            for (int i = 0; i < segments.size() - 1; i++) {
                if (segments.get(i).kind() == Kind.GREEDY) {
                    throw new IllegalArgumentException("a greedy path variable must end the path: " + route.routeKey());
                }
            }
            return new CompiledRoute(route, segments);
        }

        boolean accepts(String method) {
            return route.method().equals("ANY") || route.method().equals(method);
        }

        List<Kind> kinds() {
            return segments.stream().map(Segment::kind).toList();
        }

        Optional<Map<String, String>> match(List<String> path) {
            var parameters = new LinkedHashMap<String, String>();
            for (int i = 0; i < segments.size(); i++) {
                var segment = segments.get(i);
                if (segment.kind() == Kind.DEFAULT) {
                    return Optional.of(Map.of());
                }
                if (segment.kind() == Kind.GREEDY) {
                    var rest = String.join("/", path.subList(Math.min(i, path.size()), path.size()));
                    if (rest.isEmpty()) {
                        return Optional.empty();
                    }
                    parameters.put(segment.text(), decode(rest));
                    return Optional.of(parameters);
                }
                if (i >= path.size()) {
                    return Optional.empty();
                }
                var value = path.get(i);
                if (segment.kind() == Kind.LITERAL && !segment.text().equals(value)
                        || segment.kind() == Kind.VARIABLE && value.isEmpty()) {
                    return Optional.empty();
                }
                if (segment.kind() == Kind.VARIABLE) {
                    parameters.put(segment.text(), decode(value));
                }
            }
            return segments.size() == path.size() ? Optional.of(parameters) : Optional.empty();
        }

        /** Percent-decoding of a path: unlike a form, a '+' stays a '+'. */
        private static String decode(String raw) {
            return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        }
    }
}

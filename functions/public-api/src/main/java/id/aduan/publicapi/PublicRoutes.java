package id.aduan.publicapi;

import id.aduan.adapters.http.HttpRequest;
import id.aduan.adapters.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The public API's routes by API Gateway route key, the keys {@code template.yaml} declares with no
 * authorizer. Every answer says how long it may be cached, so a CDN or browser in front takes repeats.
 */
final class PublicRoutes {

    static final List<String> KEYS = List.of("GET /open311/v2/services.json", "GET /open311/v2/services.xml",
            "GET /open311/v2/requests.json", "GET /open311/v2/requests.xml", "GET /open311/v2/requests/{file}",
            "GET /public/figures", "GET /public/track/{code}", "GET /transparansi");

    static final Duration SERVICES_CACHE = Duration.ofHours(1);
    static final Duration REQUESTS_CACHE = Duration.ofMinutes(1);

    private interface Route {
        HttpResponse handle(HttpRequest request);
    }

    private final Map<String, Route> byKey;

    PublicRoutes(Wiring wiring) {
        var open311 = wiring.open311;
        this.byKey = Map.of(
                "GET /open311/v2/services.json", request -> cached(open311.services(Open311Format.JSON), SERVICES_CACHE),
                "GET /open311/v2/services.xml", request -> cached(open311.services(Open311Format.XML), SERVICES_CACHE),
                "GET /open311/v2/requests.json", request -> cached(open311.search(request, Open311Format.JSON),
                        REQUESTS_CACHE),
                "GET /open311/v2/requests.xml", request -> cached(open311.search(request, Open311Format.XML),
                        REQUESTS_CACHE),
                "GET /open311/v2/requests/{file}", request -> cached(open311.one(resource(request)), REQUESTS_CACHE),
                "GET /public/figures", request -> cached(HttpResponse.json(200,
                        PublicViews.figures(wiring.figures.current(), wiring.config.units())), FiguresCache.TIME_TO_LIVE),
                "GET /public/track/{code}", request -> cached(HttpResponse.json(200, PublicViews.tracked(
                        wiring.tracking.find(Tracking.parse(request.pathParameter("code").orElse("")))
                                .orElseThrow(() -> PublicProblem.notFound("kode lacak tidak ditemukan")),
                        wiring.config.units())), REQUESTS_CACHE),
                "GET /transparansi", wiring.page::handle);
        if (!byKey.keySet().equals(Set.copyOf(KEYS))) {
            throw new IllegalStateException("every route key is listed in KEYS and served");
        }
    }

    HttpResponse handle(HttpRequest request) {
        var route = byKey.get(request.routeKey());
        if (route == null) {
            throw PublicProblem.notFound("the public API has no route " + request.routeKey());
        }
        return route.handle(request);
    }

    /** The format of an Open311 answer or error, from the resource's extension; JSON when it has none. */
    static Open311Format format(HttpRequest request) {
        return Open311Format.resource(request.pathParameter("file").orElse(request.path()))
                .map(Open311Format.Resource::format).orElse(Open311Format.JSON);
    }

    static HttpResponse cached(HttpResponse response, Duration lifetime) {
        return response.withHeader("cache-control", "public, max-age=" + lifetime.toSeconds())
                .withHeader("x-content-type-options", "nosniff");
    }

    private static Open311Format.Resource resource(HttpRequest request) {
        var file = request.pathParameter("file").orElse("");
        return Open311Format.resource(file)
                .orElseThrow(() -> PublicProblem.notFound("a service request is <id>.json or <id>.xml"));
    }
}

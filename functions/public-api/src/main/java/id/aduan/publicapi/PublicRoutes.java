package id.aduan.publicapi;

import id.aduan.adapters.http.HttpRequest;
import id.aduan.adapters.http.HttpResponse;
import id.aduan.core.kernel.Tenant;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The public API's routes by API Gateway route key, the keys {@code template.yaml} declares with no
 * authorizer, each answering for one government (see {@link PublicPaths}). Every answer says how long it
 * may be cached, so a CDN or browser in front takes repeats.
 */
final class PublicRoutes {

    static final List<String> KEYS = List.of("GET /open311/v2/services.json", "GET /open311/v2/services.xml",
            "GET /open311/v2/requests.json", "GET /open311/v2/requests.xml", "GET /open311/v2/requests/{file}",
            "GET /public/figures", "GET /public/track/{code}", "GET /transparansi", "GET /public/{tenant}/figures",
            "GET /public/{tenant}/track/{code}", "GET /transparansi/{tenant}");

    static final Duration SERVICES_CACHE = Duration.ofHours(1);
    static final Duration REQUESTS_CACHE = Duration.ofMinutes(1);
    static final String JURISDICTION = "jurisdiction_id";

    private interface Route {
        HttpResponse handle(HttpRequest request, TenantPublication publication);
    }

    private final Map<String, Route> byKey;
    private final Wiring wiring;

    PublicRoutes(Wiring wiring) {
        this.wiring = wiring;
        Route figures = (request, publication) -> cached(HttpResponse.json(200,
                PublicViews.figures(publication.figures.current(), publication.config.units())), FiguresCache.TIME_TO_LIVE);
        Route track = (request, publication) -> cached(HttpResponse.json(200, PublicViews.tracked(
                publication.tracking.find(Tracking.parse(request.pathParameter("code").orElse("")))
                        .orElseThrow(() -> PublicProblem.notFound("kode lacak tidak ditemukan")),
                publication.config.units())), REQUESTS_CACHE);
        Route page = (request, publication) -> publication.page.handle(request);
        this.byKey = Map.ofEntries(
                Map.entry("GET /open311/v2/services.json", (request, publication) ->
                        cached(publication.open311.services(Open311Format.JSON), SERVICES_CACHE)),
                Map.entry("GET /open311/v2/services.xml", (request, publication) ->
                        cached(publication.open311.services(Open311Format.XML), SERVICES_CACHE)),
                Map.entry("GET /open311/v2/requests.json", (request, publication) ->
                        cached(publication.open311.search(request, Open311Format.JSON), REQUESTS_CACHE)),
                Map.entry("GET /open311/v2/requests.xml", (request, publication) ->
                        cached(publication.open311.search(request, Open311Format.XML), REQUESTS_CACHE)),
                Map.entry("GET /open311/v2/requests/{file}", (request, publication) ->
                        cached(publication.open311.one(resource(request)), REQUESTS_CACHE)),
                Map.entry("GET /public/figures", figures),
                Map.entry("GET /public/{tenant}/figures", figures),
                Map.entry("GET /public/track/{code}", track),
                Map.entry("GET /public/{tenant}/track/{code}", track),
                Map.entry("GET /transparansi", page),
                Map.entry("GET /transparansi/{tenant}", page));
        if (!byKey.keySet().equals(Set.copyOf(KEYS))) {
            throw new IllegalStateException("every route key is listed in KEYS and served");
        }
    }

    HttpResponse handle(HttpRequest request) {
        var route = byKey.get(request.routeKey());
        if (route == null) {
            throw PublicProblem.notFound("the public API has no route " + request.routeKey());
        }
        return route.handle(request, wiring.publication(tenant(request)));
    }

    /**
     * The government a request reads: the {@code {tenant}} of its path, or Open311's {@code jurisdiction_id},
     * else the stack's first tenant; one the stack does not serve is not found.
     */
    private Tenant tenant(HttpRequest request) {
        var named = request.pathParameter("tenant")
                .or(() -> request.routeKey().startsWith("GET /open311/") ? request.queryParameter(JURISDICTION)
                        : Optional.empty());
        if (named.isEmpty()) {
            return wiring.tenants.first();
        }
        return wiring.tenants.named(named.get().strip())
                .orElseThrow(() -> PublicProblem.notFound("no government " + named.get() + " publishes here"));
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

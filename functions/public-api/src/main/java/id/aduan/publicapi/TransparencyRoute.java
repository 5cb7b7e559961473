package id.aduan.publicapi;

import id.aduan.adapters.http.HttpRequest;
import id.aduan.adapters.http.HttpResponse;
import id.aduan.core.complaint.TrackingCode;
import id.aduan.core.config.ConfigStore;
import java.time.Duration;
import java.util.Map;

/** {@code GET /transparansi[/{tenant}][?kode=ADU-…]}: a government's public page, with the lookup's answer when a code was sent. */
final class TransparencyRoute {

    static final Duration LOOKUP_CACHE = Duration.ofMinutes(1);

    private final FiguresCache figures;
    private final Tracking tracking;
    private final ConfigStore config;
    private final PublicPaths paths;

    TransparencyRoute(FiguresCache figures, Tracking tracking, ConfigStore config, PublicPaths paths) {
        this.figures = figures;
        this.tracking = tracking;
        this.config = config;
        this.paths = paths;
    }

    HttpResponse handle(HttpRequest request) {
        var typed = request.queryParameter("kode").map(String::strip).filter(code -> !code.isEmpty());
        TransparencyPage.Lookup lookup = typed.map(this::lookup).orElse(new TransparencyPage.Lookup.None());
        var page = new TransparencyPage(config.units(), config.slaRules().calendar(), paths).render(figures.current(), lookup);
        var response = new HttpResponse(200, Map.of("content-type", "text/html; charset=utf-8",
                "content-security-policy", TransparencyPage.POLICY, "referrer-policy", "no-referrer"), page);
        return PublicRoutes.cached(response, typed.isPresent() ? LOOKUP_CACHE : FiguresCache.TIME_TO_LIVE);
    }

    private TransparencyPage.Lookup lookup(String typed) {
        TrackingCode code;
        try {
            code = TrackingCode.parseLenient(typed);
        } catch (IllegalArgumentException e) {
            return new TransparencyPage.Lookup.Malformed(typed);
        }
        return tracking.find(code).<TransparencyPage.Lookup>map(TransparencyPage.Lookup.Found::new)
                .orElse(new TransparencyPage.Lookup.NotFound(code.value()));
    }
}

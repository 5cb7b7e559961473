package id.aduan.publicapi;

import id.aduan.adapters.http.HttpRequest;
import java.util.Map;

/** The request SnapStart's priming sends before the snapshot: the public page, which reads and writes nothing else. */
final class PublicWarmUp {

    static final HttpRequest PAGE = new HttpRequest("GET /transparansi", "GET", "/transparansi", Map.of(), Map.of(),
            Map.of(), null, Map.of(), "warm-up");

    private PublicWarmUp() {
    }
}

package id.aduan.adapters.instagram;

import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;

/** Documented Graph API bodies (from the testkit) and headers built from them. */
final class GraphFixtures {

    private GraphFixtures() {
    }

    static String read(String name) {
        return id.aduan.testkit.GraphFixtures.read(name);
    }

    static HttpHeaders headers(String name, String value) {
        return HttpHeaders.of(Map.of(name, List.of(value)), (header, content) -> true);
    }
}

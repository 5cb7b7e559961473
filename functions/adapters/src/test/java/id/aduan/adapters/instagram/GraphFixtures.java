package id.aduan.adapters.instagram;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Documented Graph API bodies and headers kept under {@code src/test/resources/graph}. */
final class GraphFixtures {

    private GraphFixtures() {
    }

    static String read(String name) {
        try (InputStream in = GraphFixtures.class.getResourceAsStream("/graph/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture graph/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static HttpHeaders headers(String name, String value) {
        return HttpHeaders.of(Map.of(name, List.of(value)), (header, content) -> true);
    }
}

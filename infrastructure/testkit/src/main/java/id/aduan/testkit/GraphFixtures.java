package id.aduan.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Graph API answers as Meta documents them (success bodies, error envelopes, rate-limit headers), kept
 * under {@code graph/} for the contract tests and the local run's stand-in Graph API.
 */
public final class GraphFixtures {

    private GraphFixtures() {
    }

    public static String read(String name) {
        try (InputStream in = GraphFixtures.class.getResourceAsStream("/graph/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture graph/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

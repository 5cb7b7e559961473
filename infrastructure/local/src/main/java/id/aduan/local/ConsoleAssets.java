package id.aduan.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The staff console on the gateway's port, as CloudFront serves it in AWS: a GET of a path that is no
 * API route gets the built file ({@code console/dist}), and a path without an extension gets
 * {@code index.html}, where the single-page app reads the path itself ({@code /aduan/ADU-7K3Q9}).
 * Paths under the API's own prefixes stay the gateway's 404, so a mistyped API call never answers HTML.
 */
final class ConsoleAssets {

    static final String INDEX = "index.html";
    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "json", "application/json",
            "txt", "text/plain; charset=utf-8",
            "ico", "image/x-icon",
            "woff2", "font/woff2");

    private final Path root;
    private final Set<String> apiPrefixes;

    /** @param apiPrefixes first path segments that belong to the API, such as {@code complaints} */
    ConsoleAssets(Path root, Set<String> apiPrefixes) {
        this.root = root.toAbsolutePath().normalize();
        this.apiPrefixes = Set.copyOf(apiPrefixes);
    }

    /** Where the console's build puts it, beside the template: {@code console/dist}. */
    static Path besideTemplate(Path templateFile) {
        return templateFile.toAbsolutePath().getParent().resolve("console").resolve("dist");
    }

    boolean built() {
        return Files.isRegularFile(root.resolve(INDEX));
    }

    Optional<GatewayResponse> serve(String method, String rawPath) {
        if (!method.equals("GET") && !method.equals("HEAD") || !built() || belongsToApi(rawPath)) {
            return Optional.empty();
        }
        var relative = rawPath.replaceFirst("^/+", "");
        var file = root.resolve(relative).normalize();
        if (!file.startsWith(root)) {
            return Optional.empty();
        }
        if (relative.isEmpty() || !Files.isRegularFile(file)) {
            if (extensionOf(relative).isPresent()) {
                return Optional.empty();
            }
            file = root.resolve(INDEX);
        }
        return Optional.of(fileResponse(file, method.equals("HEAD")));
    }

    private boolean belongsToApi(String rawPath) {
        var segments = rawPath.split("/", 3);
        return segments.length > 1 && apiPrefixes.contains(segments[1]);
    }

    private GatewayResponse fileResponse(Path file, boolean headOnly) {
        try {
            var body = headOnly ? new byte[0] : Files.readAllBytes(file);
            var name = file.getFileName().toString();
            var type = extensionOf(name).map(CONTENT_TYPES::get).orElse("application/octet-stream");
            // Built assets carry a content hash in their name; index.html must be read afresh to find the new ones.
            var caching = file.getParent().getFileName().toString().equals("assets")
                    ? "public, max-age=31536000, immutable" : "no-cache";
            return new GatewayResponse(200, Map.of("content-type", List.of(type), "cache-control", List.of(caching),
                    "x-content-type-options", List.of("nosniff")), body);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static Optional<String> extensionOf(String path) {
        var name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? Optional.empty() : Optional.of(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
